from pathlib import Path

# The bundled sample of the genre: 广东省高级人民法院《2021年全省法院司法改革工作要点》.
BUNDLED_DOCUMENT = Path(__file__).resolve().parent / "seed" / "guangdong-2021-sifa-gaige-yaodian.txt"
