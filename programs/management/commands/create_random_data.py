"""Bulk random data for trying the directory at scale and for the benchmark (bench/run.py).

Like wagtail bakerydemo's command of the same name: `create_random_data N` adds N published
organisations (plus a few drafts), about N/5 programmes with participations and a few events,
spread over every province, theme and SDG. The same seed gives the same data.
"""

import random
import time
from datetime import UTC, date, datetime, timedelta

from babel import Locale
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import translation
from django.utils.text import slugify
from faker import Faker

from curation.models import Status
from listings import search
from orgs.models import SDG, Organisation, Province, Theme
from programs.models import Event, Participation, Programme

#: Every slug this command makes starts with this, so it never collides with demo data.
PREFIX = "random-"
#: Dates are drawn relative to a fixed day, so that a seed always gives the same rows.
ANCHOR = date(2025, 6, 30)
BATCH = 500

#: (Thai, English, theme slug, SDG numbers): what an organisation or a programme works on.
ACTIVITIES = [
    ("เกษตรอินทรีย์", "Organic Farming", "sustainable-agriculture", [2, 12, 15]),
    ("ข้าวอินทรีย์", "Organic Rice", "sustainable-agriculture", [2, 12]),
    ("กาแฟ", "Coffee", "sustainable-agriculture", [8, 12]),
    ("แปรรูปผลไม้", "Fruit Processing", "sustainable-agriculture", [8, 9]),
    ("ทอผ้า", "Weaving", "tourism-culture", [5, 8]),
    ("ผ้าไหม", "Silk", "tourism-culture", [5, 8, 12]),
    ("ท่องเที่ยวชุมชน", "Community Tourism", "tourism-culture", [8, 11]),
    ("จักสาน", "Basketry", "tourism-culture", [8, 12]),
    ("สมุนไพร", "Herbal Medicine", "health", [3]),
    ("ดูแลผู้สูงอายุ", "Elderly Care", "health", [3, 10]),
    ("อาหารปลอดภัย", "Safe Food", "health", [2, 3]),
    ("ประมงพื้นบ้าน", "Small-scale Fisheries", "environment", [2, 14]),
    ("ป่าชุมชน", "Community Forest", "environment", [13, 15]),
    ("จัดการขยะ", "Waste Management", "environment", [11, 12]),
    ("พลังงานแสงอาทิตย์", "Solar Energy", "food-water-energy", [7, 13]),
    ("น้ำสะอาด", "Clean Water", "food-water-energy", [6]),
    ("ออมทรัพย์", "Savings", "finance-employment-welfare", [1, 8]),
    ("สวัสดิการชุมชน", "Community Welfare", "finance-employment-welfare", [1, 10]),
    ("จ้างงานคนพิการ", "Disability Employment", "finance-employment-welfare", [8, 10]),
    ("การศึกษาทางเลือก", "Alternative Education", "government-education", [4]),
    ("พัฒนาเยาวชน", "Youth Development", "government-education", [4, 16]),
    ("ที่อยู่อาศัยชุมชน", "Community Housing", "urbanisation", [11]),
    ("สวนผักคนเมือง", "Urban Farming", "urbanisation", [2, 11]),
    ("รับมือภัยพิบัติ", "Disaster Preparedness", "disaster-management", [11, 13]),
    ("ฟื้นฟูหลังน้ำท่วม", "Flood Recovery", "disaster-management", [1, 13, 17]),
]

#: Village names: a Thai place-name head and tail with their usual romanisation.
PLACE_HEADS = [
    ("หนอง", "Nong"),
    ("ดอน", "Don"),
    ("โคก", "Khok"),
    ("ห้วย", "Huai"),
    ("นา", "Na"),
    ("ป่า", "Pa"),
    ("บึง", "Bueng"),
    ("วัง", "Wang"),
    ("ท่า", "Tha"),
    ("บ่อ", "Bo"),
]
PLACE_TAILS = [
    ("บัว", "Bua"),
    ("ใหญ่", "Yai"),
    ("ยาง", "Yang"),
    ("แดง", "Daeng"),
    ("ทอง", "Thong"),
    ("ทราย", "Sai"),
    ("ไคร้", "Khrai"),
    ("โพธิ์", "Pho"),
    ("คำ", "Kham"),
    ("หลวง", "Luang"),
    ("สะแก", "Sakae"),
    ("เตย", "Toei"),
]

#: Organisation kinds with their weight in the random mix.
KIND_WEIGHTS = {
    Organisation.Kind.COMMUNITY_ENTERPRISE: 30,
    Organisation.Kind.SOCIAL_ENTERPRISE: 20,
    Organisation.Kind.COOPERATIVE: 15,
    Organisation.Kind.FOUNDATION: 10,
    Organisation.Kind.ASSOCIATION: 7,
    Organisation.Kind.NETWORK: 5,
    Organisation.Kind.COMPANY: 5,
    Organisation.Kind.INTERMEDIARY: 3,
    Organisation.Kind.GOVERNMENT: 2,
    Organisation.Kind.UNIVERSITY: 2,
    Organisation.Kind.INTERNATIONAL: 1,
}

#: Programme kinds: (Thai word, English word).
PROGRAMME_WORDS = {
    Programme.Kind.EXCHANGE: ("แลกเปลี่ยนเรียนรู้", "Exchange Programme"),
    Programme.Kind.TRAINING: ("อบรมผู้นำ", "Leadership Training"),
    Programme.Kind.DRIVING_UNIT: ("หน่วยขับเคลื่อนนวัตกรรมสังคม", "Social Innovation Unit"),
    Programme.Kind.VILLAGE: ("หมู่บ้านนวัตกรรม", "Innovation Village"),
    Programme.Kind.CHALLENGE: ("ประกวดนวัตกรรม", "Innovation Challenge"),
    Programme.Kind.INCUBATION: ("บ่มเพาะวิสาหกิจ", "Incubation Programme"),
    Programme.Kind.RESEARCH: ("วิจัย", "Research Project"),
    Programme.Kind.CURRICULUM: ("หลักสูตร", "Curriculum"),
    Programme.Kind.NETWORK: ("สร้างเครือข่าย", "Network Building"),
}
EVENT_WORDS = {
    Event.Kind.WORKSHOP: ("เวิร์กช็อป", "Workshop"),
    Event.Kind.MEETING: ("ประชุมเครือข่าย", "Network meeting"),
    Event.Kind.STUDY_TRIP: ("ศึกษาดูงาน", "Study trip"),
    Event.Kind.TRAINING: ("อบรม", "Training"),
    Event.Kind.CONFERENCE: ("งานแสดงสินค้า", "Fair"),
}
ROLE_WEIGHTS = {
    Participation.Role.PARTICIPANT: 50,
    Participation.Role.PARTNER: 25,
    Participation.Role.FACILITATOR: 8,
    Participation.Role.HOST: 7,
    Participation.Role.FUNDER: 5,
    Participation.Role.CO_HOST: 5,
}
#: Summaries: {act} is the activity, {where} the place.
SUMMARIES_TH = [
    "ทำงานด้าน{act}ร่วมกับชุมชนและภาคีใน{where}",
    "รวมกลุ่มสมาชิกใน{where} เพื่อพัฒนา{act}และสร้างรายได้ให้ชุมชน",
    "สนับสนุนความรู้และตลาดด้าน{act}แก่ผู้ผลิตรายย่อยใน{where}",
]
SUMMARIES_EN = [
    "Works on {act} with communities and partners in {where}.",
    "Brings members together in {where} to develop {act} and community income.",
    "Supports small producers in {where} with know-how and markets for {act}.",
]
ABROAD = ["JP", "KR", "DE", "GB", "US", "SG", "LA", "KH"]


class Command(BaseCommand):
    help = (
        "Add N random published organisations (plus a few drafts), about N/5 programmes with "
        "participations and a few events, for trying the directory at scale. Slugs start with "
        f"'{PREFIX}'. Rows are written with bulk_create, so no history records are made for "
        "them (fine for throw-away data). The same --seed gives the same data."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="number of published organisations")
        parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("N must be at least 1.")
        started = time.perf_counter()
        self.rng = random.Random(seed)
        self.th = Faker("th_TH")
        self.en = Faker("en_US")
        self.th.seed_instance(seed)
        self.en.seed_instance(seed)
        self.provinces = list(Province.objects.select_related("region").order_by("dopa_code"))
        self.themes = Theme.objects.in_bulk(field_name="slug")
        self.sdgs = SDG.objects.in_bulk(field_name="number")
        if len(self.provinces) != 77 or not self.themes or len(self.sdgs) != 17:
            raise CommandError("Reference data is missing: run `manage.py migrate` first.")
        # The untranslated `name` column follows the active language: fill it with the Thai one.
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            with transaction.atomic():
                organisations = self.create_organisations(count)
                programmes = self.create_programmes(max(1, round(count / 5)), organisations)
                participations = self.create_participations(programmes, organisations)
                events = self.create_events(programmes)
        if not options["verbosity"]:
            return
        drafts = sum(org.status != Status.PUBLISHED for org in organisations)
        self.stdout.write(
            f"Random data: {len(organisations) - drafts} published organisations and {drafts} "
            f"drafts, {len(programmes)} programmes, {participations} participations, "
            f"{events} events in {time.perf_counter() - started:.1f} s"
        )

    # --- drawing values ---------------------------------------------------------------------

    def start_number(self, model):
        """Numbers continue after earlier runs, so that slugs stay unique."""
        return model.objects.filter(slug__startswith=PREFIX).count() + 1

    def province_for(self, index):
        # Every province gets one of the first 77 entries; after that Bangkok weighs more.
        if index < len(self.provinces):
            return self.provinces[self.province_order[index]]
        if self.rng.random() < 0.1:
            return self.provinces[0]  # Bangkok, DOPA code 10
        return self.rng.choice(self.provinces)

    def place(self):
        head_th, head_en = self.rng.choice(PLACE_HEADS)
        tail_th, tail_en = self.rng.choice(PLACE_TAILS)
        return f"บ้าน{head_th}{tail_th}", f"Ban {head_en} {tail_en}"

    def day_before_anchor(self, max_days, min_days=0):
        return ANCHOR - timedelta(days=self.rng.randint(min_days, max_days))

    def organisation_names(self, kind, activity, province):
        act_th, act_en = activity[0], activity[1]
        prov_th, prov_en = province.name_th, province.name_en
        place_th, place_en = self.place()
        Kind = Organisation.Kind
        if kind == Kind.COMMUNITY_ENTERPRISE:
            return f"วิสาหกิจชุมชนกลุ่ม{act_th}{place_th}", f"{place_en} {act_en} Community Enterprise"
        if kind == Kind.COOPERATIVE:
            return f"สหกรณ์{act_th}{place_th} จำกัด", f"{place_en} {act_en} Cooperative"
        if kind == Kind.SOCIAL_ENTERPRISE:
            brand = self.th.last_name()
            return (
                f"บริษัท {brand} วิสาหกิจเพื่อสังคม จำกัด",
                f"{self.en.last_name()} {act_en} Social Enterprise",
            )
        if kind == Kind.FOUNDATION:
            if self.rng.random() < 0.5:
                return (
                    f"มูลนิธิ{self.th.first_name()} {self.th.last_name()}",
                    f"{self.en.first_name()} {self.en.last_name()} Foundation",
                )
            return f"มูลนิธิเพื่อ{act_th}จังหวัด{prov_th}", f"{prov_en} {act_en} Foundation"
        if kind == Kind.ASSOCIATION:
            return f"สมาคม{act_th}จังหวัด{prov_th}", f"{prov_en} {act_en} Association"
        if kind == Kind.NETWORK:
            return f"เครือข่าย{act_th}จังหวัด{prov_th}", f"{prov_en} {act_en} Network"
        if kind == Kind.COMPANY:
            return self.th.company(), f"{self.en.company()} Co., Ltd."
        if kind == Kind.INTERMEDIARY:
            return (
                f"ศูนย์บ่มเพาะวิสาหกิจเพื่อสังคม{place_th} จังหวัด{prov_th}",
                f"{place_en} Social Enterprise Incubator, {prov_en}",
            )
        if kind == Kind.UNIVERSITY:
            return f"มหาวิทยาลัย{self.th.tambon()}", f"{place_en} University"
        if kind == Kind.GOVERNMENT:
            return (
                f"สำนักงานพัฒนาชุมชนจังหวัด{prov_th}",
                f"{prov_en} Provincial Community Development Office",
            )
        return (
            f"มูลนิธิ{self.th.last_name()}เพื่อการพัฒนาระหว่างประเทศ",
            f"{self.en.last_name()} International Development Fund",
        )

    def themes_and_sdgs(self, activity):
        themes = {activity[2]}
        if self.rng.random() < 0.4:
            themes.add(self.rng.choice(list(self.themes)))
        sdgs = set(activity[3])
        sdgs.update(self.rng.sample(range(1, 18), self.rng.randint(0, 2)))
        # Curators may have removed a theme; its slug is then skipped.
        theme_ids = [self.themes[slug].pk for slug in sorted(themes) if slug in self.themes]
        return theme_ids, [self.sdgs[number].pk for number in sorted(sdgs)]

    # --- organisations ----------------------------------------------------------------------

    def create_organisations(self, count):
        drafts = max(1, count // 20)
        self.province_order = list(range(len(self.provinces)))
        self.rng.shuffle(self.province_order)
        kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
        first = self.start_number(Organisation)
        organisations, themes, sdgs, areas = [], [], [], []
        for index in range(count + drafts):
            kind = self.rng.choices(kinds, weights)[0]
            activity = self.rng.choice(ACTIVITIES)
            province = self.province_for(index)
            country = "TH"
            if kind == Organisation.Kind.INTERNATIONAL and self.rng.random() < 0.5:
                province, country = None, self.rng.choice(ABROAD)
            name_th, name_en = self.organisation_names(
                kind, activity, province or self.provinces[0]
            )
            if province:
                where_th, where_en = f"จังหวัด{province.name_th}", province.name_en
            else:
                where_th = f"ประเทศ{Locale('th').territories[country]}"
                where_en = Locale("en").territories[country]
            slug = f"{PREFIX}{slugify(name_en)[:90]}-{first + index}"
            created = datetime.combine(self.day_before_anchor(5 * 365), datetime.min.time(), UTC)
            described = self.rng.random() < 0.5
            organisation = Organisation(
                slug=slug,
                name_th=name_th,
                name_en=name_en,
                summary_th=self.rng.choice(SUMMARIES_TH).format(act=activity[0], where=where_th),
                summary_en=self.rng.choice(SUMMARIES_EN).format(
                    act=activity[1].lower(), where=where_en
                ),
                description_th=self.th.paragraph(nb_sentences=4) if described else "",
                description_en=self.en.paragraph(nb_sentences=4) if described else "",
                address_th=self.th.street_address() if province else "",
                kind=kind,
                province=province,
                country=country,
                nationwide=self.rng.random() < 0.05,
                founded_year=self.rng.choice([None, self.rng.randint(1960, 2024)]),
                website=f"https://{slugify(name_en)[:40]}-{first + index}.example.org/",
                email=f"contact{first + index}@example.org",
                phone=self.th.phone_number(),
                contact_public=self.rng.random() < 0.5,
                osep_registered=kind == Organisation.Kind.SOCIAL_ENTERPRISE
                and self.rng.random() < 0.3,
                status=Status.PUBLISHED if index < count else Status.DRAFT,
                last_verified=self.day_before_anchor(3 * 365) if self.rng.random() < 0.6 else None,
                created=created,
                sources=f"https://example.org/sources/{first + index}",
            )
            organisations.append(search.fill(organisation))  # bulk_create skips save()
            theme_ids, sdg_ids = self.themes_and_sdgs(activity)
            themes.append(theme_ids)
            sdgs.append(sdg_ids)
            if province and self.rng.random() < 0.2:
                areas.append(sorted({p.pk for p in self.rng.sample(self.provinces, 3)}))
            else:
                areas.append([])
        Organisation.objects.bulk_create(organisations, batch_size=BATCH)
        self.link(Organisation.themes.through, "organisation_id", "theme_id", organisations, themes)
        self.link(Organisation.sdgs.through, "organisation_id", "sdg_id", organisations, sdgs)
        self.link(
            Organisation.area_provinces.through,
            "organisation_id",
            "province_id",
            organisations,
            areas,
        )
        # `updated` is stamped with the current time on insert; random rows were last edited
        # when they were created.
        Organisation.objects.filter(slug__startswith=PREFIX, pk__gte=organisations[0].pk).update(
            updated=F("created")
        )
        return organisations

    def link(self, through, source, target, objects, targets):
        rows = [
            through(**{source: obj.pk, target: pk})
            for obj, pks in zip(objects, targets, strict=True)
            for pk in pks
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)

    # --- programmes, participations, events -------------------------------------------------

    def programme(self, number, kind, organisations, parent=None):
        activity = self.rng.choice(ACTIVITIES)
        host = self.rng.choice(organisations)
        province = host.province or self.rng.choice(self.provinces)
        word_th, word_en = PROGRAMME_WORDS[kind]
        name_th = f"โครงการ{word_th}ด้าน{activity[0]} จังหวัด{province.name_th}"
        name_en = f"{province.name_en} {activity[1]} {word_en}"
        start = self.day_before_anchor(10 * 365, -365)
        end = start + timedelta(days=self.rng.randint(90, 3 * 365))
        if self.rng.random() < 0.2:
            end = None
        stage = Programme.Stage.ONGOING
        if start > ANCHOR:
            stage = Programme.Stage.PLANNED
        elif end and end < ANCHOR:
            stage = Programme.Stage.COMPLETED
        programme = Programme(
            slug=f"{PREFIX}{slugify(name_en)[:90]}-{number}",
            name_th=name_th,
            name_en=name_en,
            summary_th=f"{name_th} ร่วมกับองค์กรในพื้นที่เพื่อพัฒนา{activity[0]}",
            summary_en=f"{name_en}: local organisations working together on {activity[1].lower()}.",
            kind=kind,
            parent=parent,
            host=host if parent or self.rng.random() < 0.5 else None,
            province=province if parent else None,
            start_date=start,
            end_date=end,
            stage=stage,
            nationwide=parent is None and self.rng.random() < 0.05,
            website=f"https://programme-{number}.example.org/",
            status=Status.DRAFT if self.rng.random() < 0.05 else Status.PUBLISHED,
            created=datetime.combine(start, datetime.min.time(), UTC),
            sources=f"https://example.org/programmes/{number}",
        )
        programme.activity = activity
        return programme

    def create_programmes(self, count, organisations):
        units = count // 10
        kinds = [k for k in Programme.Kind if k != Programme.Kind.DRIVING_UNIT]
        first = self.start_number(Programme)
        top = [
            self.programme(first + i, self.rng.choice(kinds), organisations)
            for i in range(count - units)
        ]
        Programme.objects.bulk_create(top, batch_size=BATCH)
        parents = top[: max(1, len(top) // 20)]
        children = [
            self.programme(
                first + len(top) + i,
                Programme.Kind.DRIVING_UNIT,
                organisations,
                parent=self.rng.choice(parents),
            )
            for i in range(units)
        ]
        Programme.objects.bulk_create(children, batch_size=BATCH)
        programmes = top + children
        themes, sdgs, provinces = [], [], []
        for programme in programmes:
            theme_ids, sdg_ids = self.themes_and_sdgs(programme.activity)
            themes.append(theme_ids)
            sdgs.append(sdg_ids)
            if programme.parent or programme.nationwide:
                covered = [programme.province] if programme.province else []
            else:
                covered = self.rng.sample(self.provinces, self.rng.randint(1, 5))
            provinces.append(sorted({p.pk for p in covered}))
        self.link(Programme.themes.through, "programme_id", "theme_id", programmes, themes)
        self.link(Programme.sdgs.through, "programme_id", "sdg_id", programmes, sdgs)
        self.link(Programme.provinces.through, "programme_id", "province_id", programmes, provinces)
        Programme.objects.filter(slug__startswith=PREFIX, pk__gte=top[0].pk).update(
            updated=F("created")
        )
        # bulk_create skips save(): the search columns (with hosts' and units' names) now.
        search.refresh(Programme.objects.filter(slug__startswith=PREFIX, pk__gte=top[0].pk))
        return programmes

    def create_participations(self, programmes, organisations):
        roles, weights = list(ROLE_WEIGHTS), list(ROLE_WEIGHTS.values())
        rows = []
        for programme in programmes:
            members = self.rng.sample(
                organisations, min(len(organisations), self.rng.randint(2, 8))
            )
            for position, organisation in enumerate(members):
                role = (
                    Participation.Role.LEAD
                    if position == 0
                    else self.rng.choices(roles, weights)[0]
                )
                rows.append(
                    Participation(organisation=organisation, programme=programme, role=role)
                )
        Participation.objects.bulk_create(rows, batch_size=BATCH)
        return len(rows)

    def create_events(self, programmes):
        first = self.start_number(Event)
        events = []
        for programme in programmes:
            if self.rng.random() > 0.3:
                continue
            for round_number in range(1, self.rng.randint(1, 3) + 1):
                kind = self.rng.choice(list(EVENT_WORDS))
                word_th, word_en = EVENT_WORDS[kind]
                start = programme.start_date + timedelta(days=self.rng.randint(0, 365))
                end = start + timedelta(days=self.rng.randint(0, 2))
                number = first + len(events)
                events.append(
                    Event(
                        programme=programme,
                        slug=f"{PREFIX}event-{number}",
                        title_th=f"{word_th}{programme.activity[0]} ครั้งที่ {round_number}",
                        title_en=f"{programme.activity[1]} {word_en.lower()} {round_number}",
                        summary_th=self.th.sentence(nb_words=8),
                        summary_en=self.en.sentence(nb_words=10),
                        kind=kind,
                        start_date=start,
                        end_date=end,
                        last_day=end,  # bulk_create skips the signal that fills it
                        province=programme.province or self.rng.choice(self.provinces),
                        participants=self.rng.choice([None, self.rng.randint(10, 200)]),
                    )
                )
        Event.objects.bulk_create([search.fill(event) for event in events], batch_size=BATCH)
        return len(events)
