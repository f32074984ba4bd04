"""Reference data present in every database (loaded by data migrations).

Provinces come from fixtures/provinces.csv (DOPA names, ISO 3166-2:TH codes, the six-region
scheme of the National Geographic Committee, 1977). Themes are NIA's nine social-innovation
areas; curators may rename them, but the slugs are a public contract.
"""

import csv
from pathlib import Path

PROVINCES_CSV = Path(__file__).resolve().parent / "fixtures" / "provinces.csv"

# (slug, Thai, English)
REGIONS = [
    ("northern", "ภาคเหนือ", "Northern"),
    ("northeastern", "ภาคตะวันออกเฉียงเหนือ", "Northeastern"),
    ("central", "ภาคกลาง", "Central"),
    ("eastern", "ภาคตะวันออก", "Eastern"),
    ("western", "ภาคตะวันตก", "Western"),
    ("southern", "ภาคใต้", "Southern"),
]

# (slug, Thai, English)
THEMES = [
    ("environment", "การอนุรักษ์สิ่งแวดล้อม", "Environmental conservation"),
    ("food-water-energy", "ความเชื่อมโยงระหว่างอาหาร น้ำ และพลังงาน", "Food, water and energy"),
    ("government-education", "ภาครัฐและการศึกษา", "Government and education"),
    (
        "finance-employment-welfare",
        "การเงิน การจ้างงาน และสวัสดิการสังคม",
        "Finance, employment and social welfare",
    ),
    ("sustainable-agriculture", "เกษตรกรรมยั่งยืน", "Sustainable agriculture"),
    ("urbanisation", "ความเป็นเมือง", "Urbanisation"),
    ("health", "สุขภาพ", "Health"),
    ("tourism-culture", "การท่องเที่ยวและวัฒนธรรม", "Tourism and culture"),
    ("disaster-management", "การจัดการภัยพิบัติ", "Disaster management"),
]

# (number, Thai short name as commonly used in Thailand, UN English short name)
SDGS = [
    (1, "ขจัดความยากจน", "No poverty"),
    (2, "ขจัดความหิวโหย", "Zero hunger"),
    (3, "สุขภาพและความเป็นอยู่ที่ดี", "Good health and well-being"),
    (4, "การศึกษาที่มีคุณภาพ", "Quality education"),
    (5, "ความเท่าเทียมทางเพศ", "Gender equality"),
    (6, "น้ำสะอาดและการสุขาภิบาล", "Clean water and sanitation"),
    (7, "พลังงานสะอาดที่ทุกคนเข้าถึงได้", "Affordable and clean energy"),
    (8, "งานที่มีคุณค่าและการเติบโตทางเศรษฐกิจ", "Decent work and economic growth"),
    (9, "อุตสาหกรรม นวัตกรรม และโครงสร้างพื้นฐาน", "Industry, innovation and infrastructure"),
    (10, "ลดความเหลื่อมล้ำ", "Reduced inequalities"),
    (11, "เมืองและชุมชนที่ยั่งยืน", "Sustainable cities and communities"),
    (12, "การผลิตและการบริโภคที่ยั่งยืน", "Responsible consumption and production"),
    (13, "การรับมือการเปลี่ยนแปลงสภาพภูมิอากาศ", "Climate action"),
    (14, "ทรัพยากรทางทะเล", "Life below water"),
    (15, "ระบบนิเวศบนบก", "Life on land"),
    (16, "สังคมสงบสุข ยุติธรรม และสถาบันที่เข้มแข็ง", "Peace, justice and strong institutions"),
    (17, "ความร่วมมือเพื่อการพัฒนาที่ยั่งยืน", "Partnerships for the goals"),
]


def provinces():
    """Rows of the province fixture as dicts (code, dopa_code, names, abbreviation, region)."""
    with PROVINCES_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {
                "code": row["iso_3166_2"],
                "dopa_code": int(row["dopa_code"]),
                "name_th": row["name_th"],
                "name_en": row["name_en"],
                "abbreviation": row["abbr_en"],
                "region": row["region6"],
            }


def load(apps):
    """Create or update every reference row; safe to run again."""
    Region = apps.get_model("orgs", "Region")
    Province = apps.get_model("orgs", "Province")
    Theme = apps.get_model("orgs", "Theme")
    SDG = apps.get_model("orgs", "SDG")

    regions = {}
    for order, (slug, name_th, name_en) in enumerate(REGIONS, start=1):
        regions[slug], _ = Region.objects.update_or_create(
            slug=slug,
            defaults={"name": name_th, "name_th": name_th, "name_en": name_en, "order": order},
        )
    for row in provinces():
        Province.objects.update_or_create(
            code=row["code"],
            defaults={
                "dopa_code": row["dopa_code"],
                "name": row["name_th"],
                "name_th": row["name_th"],
                "name_en": row["name_en"],
                "abbreviation": row["abbreviation"],
                "region": regions[row["region"]],
            },
        )
    for order, (slug, name_th, name_en) in enumerate(THEMES, start=1):
        # Curators may have renamed a theme: only create missing ones.
        Theme.objects.get_or_create(
            slug=slug,
            defaults={"name": name_th, "name_th": name_th, "name_en": name_en, "order": order},
        )
    for number, name_th, name_en in SDGS:
        SDG.objects.update_or_create(
            number=number, defaults={"name": name_th, "name_th": name_th, "name_en": name_en}
        )
