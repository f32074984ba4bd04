"""Draw the default share image (og:image) from its SVG: static/img/share.svg → share.png.

The PNG is committed, so a server needs neither Cairo nor Thai fonts for it; run this again
(`make share-image`) after changing the SVG. Thai letters need a Thai font installed
(Debian: fonts-thai-tlwg).
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

SOURCE = Path(settings.BASE_DIR) / "static" / "img" / "share.svg"
#: The size Facebook, LINE and X show large: 1200 × 630 (1.91:1).
WIDTH, HEIGHT = 1200, 630


class Command(BaseCommand):
    help = "Draw static/img/share.png (1200×630) from static/img/share.svg."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(SOURCE.with_suffix(".png")))

    def handle(self, *args, output, **options):
        import cairosvg

        cairosvg.svg2png(url=str(SOURCE), write_to=output, output_width=WIDTH, output_height=HEIGHT)
        self.stdout.write(f"Wrote {output} ({WIDTH}×{HEIGHT}).")
