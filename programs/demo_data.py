"""Demo data for the directory, written from the seed documents in shared/seeds/.

Plain data, loaded by ``python manage.py load_demo``. The facts come from the seeds and from the
public pages listed in each entry's ``sources``; the wording is our own. Thai text gives years in
the Buddhist Era (พ.ศ.), English text in the Common Era. Where a fact was not certain (a founding
year, an exact day, a website) the field is left empty rather than guessed.
"""

VERIFIED = "2026-11-01"

# --- Sources ---------------------------------------------------------------------------------

# Seed 000: ILO news of 19 July 2023 on the university consortium.
ILO_NEWS = "https://www.ilo.org/global/topics/cooperatives/sse/WCMS_888145/lang--en/index.htm"
ILO_PROJECT = (
    "https://www.ilo.org/global/topics/cooperatives/projects/WCMS_817001/lang--en/index.htm"
)
ILO_DIALOGUE = "https://www.ilo.org/global/topics/cooperatives/sse/WCMS_907093/lang--en/index.htm"
# Seed 001: Thai Q&A of 31 January 2013 on social economy enterprises.
SEE_QA = "http://thailandcoop.blogspot.com/2013_01_31_archive.html"
# Seed 002: Thai post on SOIL (18 April 2019).
SOIL_POST = "https://xmergence.com/2019/04/18/thai-japan-social-innovation-link/"
# Seed 003: ChangeFusion posts (ToT 2019, SOIL disability-employment exchange).
CHANGEFUSION_POSTS = "https://changefusion.org/blog/category/SE"
UNDP_TOT_POST = "https://www.thailandsocialinnovationplatform.org/2019/10/"
JF_SOIL = "https://asiawa.jpf.go.jp/culture/projects/p-soil"
# Seed 004 (NIA's activity report) and NIA's own news of its social-innovation work.
NIA_SOCIAL = "https://social.nia.or.th/"
NIA_SIV = "https://social.nia.or.th/siv/"
NIA_SIV_GUIDE = "https://nia.or.th/SocialInnovationVillage"
NIA_CITY_2020 = "https://nia.or.th/CityChallenge2020"
SID_THAKSIN_2019 = "https://social.nia.or.th/2019/news0006/"
SID_THAKSIN_2020 = "https://social.nia.or.th/2020/news0045/"
SID_SOUTH_2024 = "https://social.nia.or.th/2024/news0073/"
SID_PHAYAO = "https://social.nia.or.th/2020/news0013/"
SID_UBON = "https://xn--22c0bpaaa8ch3and0ba8ba3ei5a8tmd1ce1hk.com/u-1357/"
SID_MSU_NIA = "https://social.nia.or.th/?p=9837"
SID_MSU = "http://acc.msu.ac.th/mbs2016/news.php?news_id=1087"
SID_THAMMASAT = "https://repository.turac.tu.ac.th/handle/6626133120/782?show=full"
SIV_PHATTHALUNG_VISIT = "https://social.nia.or.th/2020/news0039/"
SIV_KALASIN_SURVEY = "https://social.nia.or.th/2020/news0041/"
SIV_PAK_PRA = "https://social.nia.or.th/2020/news0044/"
SIV_IDEA_HACKS_2021 = "https://social.nia.or.th/2021/advertise0038/"
SIV_IDEA_HACKS_2023 = "https://thecitizen.plus/node/82872"
# Other public pages about the organisations.
SIF_2018 = "https://www.sif.or.th/2018/03/13/392/"
KONG_DINSOR_STORY = (
    "https://blog.goodfactory.co/%E0%B8%81%E0%B8%A5%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%94%E0%B8%B4"
    "%E0%B8%99%E0%B8%AA%E0%B8%AD-%E0%B8%AA%E0%B8%A3%E0%B8%A3%E0%B8%84%E0%B9%8C%E0%B8%AA%E0%B8%A3"
    "%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B8%AA%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%AA%E0%B8%B1%E0%B8%87"
    "%E0%B8%84%E0%B8%A1%E0%B9%80%E0%B8%9E%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%9C%E0%B8%B9%E0%B9%89"
    "%E0%B8%9E%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3-950725b00f5f"
)
TANDEMIC_PROFILE = "https://businesscircle.com.my/building-a-society-of-creators/"
SOC_INCUBATOR = "https://www.schoolofchangemakers.com/prog/social-incubator/"
SAMPRAN_MODEL = "https://www.sampranmodel.com/"
SAMPRAN_MARKET = "https://today.line.me/th/v2/amp/article/yrXqMG"

ALL_THEMES = [
    "environment",
    "food-water-energy",
    "government-education",
    "finance-employment-welfare",
    "sustainable-agriculture",
    "urbanisation",
    "health",
    "tourism-culture",
    "disaster-management",
]

# Provinces covered by the SID units: the official provincial clusters they are named after.
UPPER_NORTH_2 = ["TH-57", "TH-56", "TH-54", "TH-55"]  # Chiang Rai, Phayao, Phrae, Nan
LOWER_NORTHEAST_2 = ["TH-34", "TH-33", "TH-35", "TH-37"]  # Ubon, Si Sa Ket, Yasothon, Amnat
CENTRAL_NORTHEAST = [
    "TH-40",
    "TH-44",
    "TH-45",
    "TH-46",
]  # Khon Kaen, Maha Sarakham, Roi Et, Kalasin
SOUTHERN_GULF = ["TH-86", "TH-84", "TH-80", "TH-93"]  # Chumphon, Surat Thani, NST, Phatthalung
# Where the 30 participants of the 2019 ToT came from (seed 003, Thai version).
TOT_PROVINCES = [
    "TH-10",  # Bangkok
    "TH-41",  # Udon Thani
    "TH-40",  # Khon Kaen
    "TH-42",  # Loei
    "TH-56",  # Phayao
    "TH-80",  # Nakhon Si Thammarat
    "TH-90",  # Songkhla
    "TH-94",  # Pattani
    "TH-95",  # Yala
    "TH-96",  # Narathiwat
]


# --- Organisations ---------------------------------------------------------------------------

ORGANISATIONS = [
    # The four universities of the SSE consortium (seed 000).
    {
        "slug": "chulalongkorn-university",
        "kind": "university",
        "name_th": "จุฬาลงกรณ์มหาวิทยาลัย",
        "name_en": "Chulalongkorn University",
        "short_name_th": "จุฬาฯ",
        "short_name_en": "Chula",
        "summary_th": (
            "มหาวิทยาลัยแห่งแรกของประเทศไทย ตั้งอยู่ในกรุงเทพมหานคร "
            "และเป็นหนึ่งในสี่มหาวิทยาลัยที่ริเริ่มภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์"
            "ในประเทศไทยเมื่อ พ.ศ. 2566"
        ),
        "summary_en": (
            "Thailand's first university, in Bangkok, and one of the four universities that set "
            "out to form the Social and Solidarity Economy Consortium in Thailand in 2023."
        ),
        "description_th": (
            "ผู้แทนของจุฬาลงกรณ์มหาวิทยาลัยร่วมประชุมครั้งแรกว่าด้วยการตั้งภาคีมหาวิทยาลัย"
            "ด้านเศรษฐกิจสังคมและสมานฉันท์ (SSE) เมื่อวันที่ 27 มิถุนายน 2566 "
            "ร่วมกับมหาวิทยาลัยมหิดล มหาวิทยาลัยศรีนครินทรวิโรฒ และมหาวิทยาลัยธรรมศาสตร์ "
            "ภาคีนี้ตั้งใจแลกเปลี่ยนความรู้และแนวปฏิบัติที่ดี พัฒนาหลักสูตรระดับมหาวิทยาลัย "
            "และทำวิจัยเชิงปฏิบัติการเรื่อง SSE ในประเทศไทยร่วมกัน"
        ),
        "description_en": (
            "Representatives of Chulalongkorn University took part in the first meeting on the "
            "consortium on 27 June 2023, together with Mahidol, Srinakharinwirot and Thammasat "
            "universities. The members mean to share knowledge and good practice, build "
            "university curricula and carry out action research on the social and solidarity "
            "economy (SSE) in Thailand."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education"],
        "sdgs": [4, 8, 17],
        "founded_year": 1917,
        "website": "https://www.chula.ac.th",
        "is_consortium_member": True,
        "consortium_joined": "2023-06-27",
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "mahidol-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยมหิดล",
        "name_en": "Mahidol University",
        "short_name_th": "ม.มหิดล",
        "short_name_en": "MU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐที่มีวิทยาเขตหลักอยู่ที่ศาลายา จังหวัดนครปฐม "
            "และเป็นหนึ่งในสี่มหาวิทยาลัยผู้ริเริ่มภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์"
            "ในประเทศไทย"
        ),
        "summary_en": (
            "A public university whose main campus is at Salaya, Nakhon Pathom, and one of the "
            "four founding universities of the Social and Solidarity Economy Consortium in "
            "Thailand."
        ),
        "description_th": (
            "มหาวิทยาลัยมหิดลร่วมหารือกับอีกสามมหาวิทยาลัยเมื่อวันที่ 27 มิถุนายน 2566 "
            "เพื่อวางแผนการดำเนินงานของภาคี ทั้งการระดมทุน โครงสร้างการบริหาร "
            "และการทำงานเชื่อมกับโครงการเศรษฐกิจสังคมและสมานฉันท์ในเอเชียขององค์การแรงงาน"
            "ระหว่างประเทศ (ILO)"
        ),
        "description_en": (
            "Mahidol University met the three other universities on 27 June 2023 to plan how the "
            "consortium would work: raising funds, setting up its structure and finding common "
            "ground with the ILO's project on the social and solidarity economy in Asia."
        ),
        "province": "TH-73",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education", "health"],
        "sdgs": [3, 4, 17],
        "founded_year": None,
        "website": "https://mahidol.ac.th",
        "is_consortium_member": True,
        "consortium_joined": "2023-06-27",
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "srinakharinwirot-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยศรีนครินทรวิโรฒ",
        "name_en": "Srinakharinwirot University",
        "short_name_th": "มศว",
        "short_name_en": "SWU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในกรุงเทพมหานคร หนึ่งในสี่มหาวิทยาลัยที่ร่วมก่อตั้ง"
            "ภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์ในประเทศไทยเมื่อ พ.ศ. 2566"
        ),
        "summary_en": (
            "A public university in Bangkok and one of the four universities behind the Social "
            "and Solidarity Economy Consortium in Thailand, formed in 2023."
        ),
        "description_th": (
            "มหาวิทยาลัยศรีนครินทรวิโรฒเข้าร่วมการหารือเรื่องการตั้งภาคีเมื่อวันที่ 27 มิถุนายน 2566 "
            "เป้าหมายร่วมของภาคีคือการเสริมความร่วมมือระหว่างมหาวิทยาลัย "
            "การพัฒนาหลักสูตร และงานวิจัยเชิงปฏิบัติการด้านเศรษฐกิจสังคมและสมานฉันท์"
        ),
        "description_en": (
            "Srinakharinwirot University joined the discussion on forming the consortium on 27 "
            "June 2023. The members share three aims: closer partnership between universities, "
            "new curricula, and action research on the social and solidarity economy."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education"],
        "sdgs": [4, 17],
        "founded_year": None,
        "website": "https://www.swu.ac.th",
        "is_consortium_member": True,
        "consortium_joined": "2023-06-27",
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "thammasat-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยธรรมศาสตร์",
        "name_en": "Thammasat University",
        "short_name_th": "มธ.",
        "short_name_en": "TU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐที่ก่อตั้งใน พ.ศ. 2477 ตั้งอยู่ในกรุงเทพมหานคร "
            "และเป็นหนึ่งในสี่มหาวิทยาลัยของภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์"
            "ในประเทศไทย"
        ),
        "summary_en": (
            "A public university founded in 1934 in Bangkok and one of the four members of the "
            "Social and Solidarity Economy Consortium in Thailand."
        ),
        "description_th": (
            "มหาวิทยาลัยธรรมศาสตร์ร่วมประชุมกับจุฬาลงกรณ์มหาวิทยาลัย มหาวิทยาลัยมหิดล "
            "และมหาวิทยาลัยศรีนครินทรวิโรฒ เมื่อวันที่ 27 มิถุนายน 2566 "
            "เพื่อวางรากฐานของภาคี และนัดประชุมครั้งถัดไปในวันที่ 24 กรกฎาคม 2566 "
            "ก่อนหน้านั้น ใน พ.ศ. 2561–2562 มหาวิทยาลัยได้ดำเนินหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม"
            "ที่มุ่งเป้าจังหวัดยากจนร่วมกับ สนช."
        ),
        "description_en": (
            "Thammasat University met Chulalongkorn, Mahidol and Srinakharinwirot universities "
            "on 27 June 2023 to lay the groundwork for the consortium, and a follow-up meeting "
            "was set for 24 July 2023. Earlier, in 2018–2019, the university ran an NIA social "
            "innovation driving unit aimed at low-income provinces."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education"],
        "sdgs": [4, 17],
        "founded_year": 1934,
        "website": "https://tu.ac.th",
        "is_consortium_member": True,
        "consortium_joined": "2023-06-27",
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_NEWS, SID_THAMMASAT],
    },
    # Government agencies and international organisations.
    {
        "slug": "nia",
        "kind": "government",
        "name_th": "สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน)",
        "name_en": "National Innovation Agency (NIA)",
        "short_name_th": "สนช.",
        "short_name_en": "NIA",
        "summary_th": (
            "หน่วยงานของรัฐภายใต้กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
            "ที่ส่งเสริมนวัตกรรมของประเทศ รวมถึงนวัตกรรมเพื่อสังคมผ่านหน่วยขับเคลื่อน"
            "นวัตกรรมเพื่อสังคม (SID) และหมู่บ้านนวัตกรรมเพื่อสังคม"
        ),
        "summary_en": (
            "Thailand's public innovation agency, under the Ministry of Higher Education, "
            "Science, Research and Innovation. Its social innovation division runs the Social "
            "Innovation Driving Units (SID) and the Social Innovation Village programme."
        ),
        "description_th": (
            "ฝ่ายนวัตกรรมเพื่อสังคมของ สนช. สนับสนุนโครงการใน 9 ด้าน ได้แก่ การอนุรักษ์"
            "สิ่งแวดล้อม ความเชื่อมโยงระหว่างอาหาร น้ำ และพลังงาน ภาครัฐและการศึกษา "
            "การเงิน การจ้างงาน และสวัสดิการสังคม เกษตรกรรมยั่งยืน ความเป็นเมือง สุขภาพ "
            "การท่องเที่ยวและวัฒนธรรม และการจัดการภัยพิบัติ โดยทำงานร่วมกับมหาวิทยาลัย "
            "ภาคเอกชน มูลนิธิ และสมาคมทั่วประเทศ สนช. ยังเป็นเจ้าภาพงาน "
            "Startup x Innovation Thailand Expo 2023 ซึ่งมีปาฐกถาเรื่องเศรษฐกิจสังคม"
            "และสมานฉันท์กับเป้าหมายการพัฒนาที่ยั่งยืน"
        ),
        "description_en": (
            "NIA's social innovation division funds and coaches projects in nine areas: "
            "environmental conservation; the food–water–energy nexus; government and education; "
            "finance, employment and social welfare; sustainable agriculture; urbanisation; "
            "health; tourism and culture; and disaster management. It works through universities, "
            "companies, foundations and associations across the country. NIA also hosted the "
            "Startup x Innovation Thailand Expo 2023, where a keynote presented the social and "
            "solidarity economy as a route to the SDGs."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ALL_THEMES,
        "sdgs": [9, 10, 11, 17],
        "founded_year": 2009,
        "website": "https://www.nia.or.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [NIA_SOCIAL, ILO_NEWS],
    },
    {
        "slug": "undp-thailand",
        "kind": "international",
        "name_th": "โครงการพัฒนาแห่งสหประชาชาติ ประจำประเทศไทย",
        "name_en": "United Nations Development Programme (UNDP) Thailand",
        "short_name_th": "UNDP",
        "short_name_en": "UNDP",
        "summary_th": (
            "สำนักงาน UNDP ในกรุงเทพมหานคร ผู้จัดการอบรมวิทยากรเพื่อบ่มเพาะนวัตกรรมสังคม"
            "และกิจการเพื่อสังคมในท้องถิ่นเมื่อ พ.ศ. 2562"
        ),
        "summary_en": (
            "The UN Development Programme's office in Bangkok, which organised the 2019 Training "
            "of Trainers for local social-innovation incubators."
        ),
        "description_th": (
            "UNDP ว่าจ้าง ChangeFusion ให้สำรวจภูมิทัศน์การลงทุนทางสังคมและนวัตกรรม"
            "การเงินในประเทศไทยเมื่อ พ.ศ. 2561 ผลการศึกษาชี้ว่าการบ่มเพาะนักสร้างการเปลี่ยนแปลง "
            "(changemaker) ในท้องถิ่นเป็นกุญแจสำคัญ UNDP จึงรวบรวมผู้บ่มเพาะในกรุงเทพฯ มาร่วมกันทำคู่มือ "
            "The Social Incubation Playbook และจัดอบรมวิทยากรให้ผู้บ่มเพาะจากภูมิภาคต่าง ๆ "
            "ในเดือนตุลาคม 2562"
        ),
        "description_en": (
            "UNDP commissioned ChangeFusion in 2018 to map social impact investment and "
            "innovative finance in Thailand. The study pointed to local changemakers as the key "
            "to growth, so UNDP brought Bangkok's incubators together to write The Social "
            "Incubation Playbook and, in October 2019, trained would-be incubators from the "
            "regions to use it."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare", "government-education"],
        "sdgs": [8, 10, 17],
        "founded_year": None,
        "website": "https://www.undp.org/thailand",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "ilo",
        "kind": "international",
        "name_th": "องค์การแรงงานระหว่างประเทศ สำนักงานภูมิภาคเอเชียและแปซิฟิก",
        "name_en": (
            "International Labour Organization (ILO), Regional Office for Asia and the Pacific"
        ),
        "short_name_th": "ILO",
        "short_name_en": "ILO",
        "summary_th": (
            "ทบวงการชำนัญพิเศษของสหประชาชาติด้านแรงงาน สำนักงานภูมิภาคที่กรุงเทพมหานคร"
            "เป็นผู้ดำเนินโครงการเสริมสร้างความเข้มแข็งของเศรษฐกิจสังคมและสมานฉันท์ในเอเชีย"
        ),
        "summary_en": (
            "The UN agency for the world of work. Its regional office in Bangkok runs the "
            "project Strengthening the Social and Solidarity Economy in Asia."
        ),
        "description_th": (
            "ILO ส่งเสริมบทบาทของเศรษฐกิจสังคมและสมานฉันท์ต่องานที่มีคุณค่าและเป้าหมาย"
            "การพัฒนาที่ยั่งยืน และเปิดเวทีหารือเชิงนโยบายระหว่างภาครัฐ องค์กรนายจ้าง "
            "องค์กรลูกจ้าง และผู้ปฏิบัติงาน ในการประชุมของมหาวิทยาลัยทั้งสี่แห่ง"
            "เมื่อวันที่ 27 มิถุนายน 2566 เจ้าหน้าที่ของ ILO ได้แนะนำโครงการระยะที่ 2 "
            "และภาคีได้หารือแนวทางทำงานร่วมกับโครงการนี้"
        ),
        "description_en": (
            "The ILO promotes the contribution of the social and solidarity economy to decent "
            "work and the SDGs, and brings governments, employers' and workers' organisations "
            "and practitioners into policy dialogue on it. At the universities' meeting on 27 "
            "June 2023 an ILO officer presented phase 2 of the project, and the consortium "
            "discussed how to work alongside it."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "founded_year": 1919,
        "website": "https://www.ilo.org",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_NEWS, ILO_PROJECT],
    },
    {
        "slug": "korea-ministry-of-employment-and-labor",
        "kind": "government",
        "name_th": "กระทรวงการจ้างงานและแรงงาน สาธารณรัฐเกาหลี",
        "name_en": "Ministry of Employment and Labor, Republic of Korea",
        "short_name_th": "",
        "short_name_en": "MOEL",
        "summary_th": (
            "กระทรวงของรัฐบาลเกาหลีใต้ ผู้ให้ทุนแก่โครงการเสริมสร้างความเข้มแข็งของ"
            "เศรษฐกิจสังคมและสมานฉันท์ในเอเชียของ ILO"
        ),
        "summary_en": (
            "The South Korean ministry that funds the ILO project Strengthening the Social and "
            "Solidarity Economy in Asia."
        ),
        "description_th": (
            "ทุนจากกระทรวงนี้ช่วยให้ ILO ศึกษาและจัดเวทีหารือเชิงนโยบายเรื่องเศรษฐกิจสังคม"
            "และสมานฉันท์ในหลายประเทศของเอเชีย รวมถึงประเทศไทย"
        ),
        "description_en": (
            "Its funding lets the ILO carry out studies and policy dialogue on the social and "
            "solidarity economy in several Asian countries, Thailand among them."
        ),
        "province": None,
        "country": "KR",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_PROJECT],
    },
    {
        "slug": "ministry-of-labour",
        "kind": "government",
        "name_th": "กระทรวงแรงงาน",
        "name_en": "Ministry of Labour",
        "short_name_th": "รง.",
        "short_name_en": "MOL",
        "summary_th": (
            "กระทรวงที่ดูแลการจ้างงานของไทย ร่วมเวทีแลกเปลี่ยนโครงการ SOIL เรื่องการจ้างงาน"
            "คนพิการ และเวทีหารือเชิงนโยบายเรื่องเศรษฐกิจสังคมและสมานฉันท์ของ ILO"
        ),
        "summary_en": (
            "Thailand's ministry for employment. It joined the SOIL exchange on disability "
            "employment and the ILO's policy dialogue on the social and solidarity economy."
        ),
        "description_th": (
            "ผู้แทนกระทรวงแรงงานเข้าร่วมเวที SOIL ที่กรุงเทพฯ เมื่อเดือนเมษายน 2562 "
            "ซึ่งกิจการเพื่อสังคมไทยและญี่ปุ่นเปรียบเทียบกฎหมายการจ้างงานคนพิการของสองประเทศ "
            "และเข้าร่วมเวทีหารือเชิงนโยบายของ ILO เมื่อวันที่ 15 ธันวาคม 2566"
        ),
        "description_en": (
            "Ministry staff attended the SOIL exchange in Bangkok in April 2019, where Thai and "
            "Japanese social enterprises compared the two countries' disability employment laws, "
            "and the ILO's policy dialogue of 15 December 2023."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8],
        "founded_year": None,
        "website": "https://www.mol.go.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST, ILO_DIALOGUE],
    },
    {
        "slug": "msdhs",
        "kind": "government",
        "name_th": "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
        "name_en": "Ministry of Social Development and Human Security",
        "short_name_th": "พม.",
        "short_name_en": "MSDHS",
        "summary_th": (
            "กระทรวงด้านสวัสดิการและการพัฒนาสังคมของไทย หนึ่งในหน่วยงานที่ร่วมเวทีแลกเปลี่ยน "
            "SOIL ระหว่างนวัตกรสังคมไทยและญี่ปุ่นเมื่อ พ.ศ. 2562"
        ),
        "summary_en": (
            "Thailand's ministry for social development and welfare, one of the agencies at the "
            "2019 SOIL exchange between Thai and Japanese social innovators."
        ),
        "description_th": (
            "ผู้แทนกระทรวงร่วมรับฟังและหาโอกาสความร่วมมือระหว่างนวัตกรเพื่อสังคมของสองประเทศ "
            "ในเวที SOIL ที่กรุงเทพฯ ซึ่งเน้นเรื่องการจ้างงานคนพิการและการท่องเที่ยวโดยชุมชน"
        ),
        "description_en": (
            "Its representatives joined the SOIL exchange in Bangkok, which looked at disability "
            "employment and community-based tourism, to explore ways of working with social "
            "innovators from both countries."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [1, 10],
        "founded_year": 2002,
        "website": "https://www.m-society.go.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST],
    },
    {
        "slug": "osep",
        "kind": "government",
        "name_th": "สำนักงานส่งเสริมวิสาหกิจเพื่อสังคม",
        "name_en": "Office of Social Enterprise Promotion (OSEP)",
        "short_name_th": "",
        "short_name_en": "OSEP",
        "summary_th": (
            "หน่วยงานที่ดูแลการจดทะเบียนและการส่งเสริมวิสาหกิจเพื่อสังคมตามพระราชบัญญัติ"
            "ส่งเสริมวิสาหกิจเพื่อสังคม พ.ศ. 2562"
        ),
        "summary_en": (
            "The agency that registers and promotes social enterprises under the Social "
            "Enterprise Promotion Act B.E. 2562 (2019)."
        ),
        "description_th": (
            "สำนักงานนี้รับจดทะเบียนวิสาหกิจเพื่อสังคมและออกประกาศว่าด้วยเงื่อนไขต่าง ๆ "
            "เช่น การนำผลกำไรไปใช้เพื่อสังคมและการกำกับดูแลกิจการที่ดี "
            "ผู้แทนสำนักงานเข้าร่วมเวทีหารือเชิงนโยบายเรื่องเศรษฐกิจสังคมและสมานฉันท์ของ ILO "
            "เมื่อวันที่ 15 ธันวาคม 2566"
        ),
        "description_en": (
            "The office registers social enterprises and issues the rules that go with it, for "
            "example on how profits are put to social use and on good governance. It took part "
            "in the ILO's policy dialogue on the social and solidarity economy on 15 December "
            "2023."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "founded_year": None,
        "website": "https://www.osep.or.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_DIALOGUE],
    },
    {
        "slug": "dasta",
        "kind": "government",
        "name_th": "องค์การบริหารการพัฒนาพื้นที่พิเศษเพื่อการท่องเที่ยวอย่างยั่งยืน (องค์การมหาชน)",
        "name_en": "Designated Areas for Sustainable Tourism Administration (DASTA)",
        "short_name_th": "อพท.",
        "short_name_en": "DASTA",
        "summary_th": (
            "หน่วยงานของรัฐด้านการท่องเที่ยวอย่างยั่งยืน หนึ่งในหน่วยงานที่ร่วมเวทีแลกเปลี่ยน SOIL "
            "เรื่องการท่องเที่ยวโดยชุมชนระหว่างไทยกับญี่ปุ่น"
        ),
        "summary_en": (
            "The public agency for sustainable tourism, which joined the SOIL exchange on "
            "community-based tourism between Thailand and Japan."
        ),
        "description_th": (
            "ในเวที SOIL ที่กรุงเทพฯ เมื่อเดือนเมษายน 2562 Local Alike และ Ecotourism Japan "
            "แลกเปลี่ยนวิธีจัดการท่องเที่ยวโดยชุมชน เช่น องค์กรการตลาดแหล่งท่องเที่ยว "
            "(Destination Marketing Organisation: DMO) ของญี่ปุ่นที่ภาครัฐ เอกชน "
            "และชุมชนบริหารร่วมกัน อพท. เป็นหนึ่งในหน่วยงานที่ร่วมรับฟังและมองหาโอกาสความร่วมมือ"
        ),
        "description_en": (
            "At the SOIL exchange in Bangkok in April 2019, Local Alike and Ecotourism Japan "
            "compared how communities run tourism, including Japan's destination marketing "
            "organisations shared by government, business and residents. DASTA was among the "
            "agencies that joined to look for ways to cooperate."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["tourism-culture"],
        "sdgs": [8, 12],
        "founded_year": None,
        "website": "https://www.dasta.or.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST],
    },
    {
        "slug": "codi",
        "kind": "government",
        "name_th": "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)",
        "name_en": "Community Organizations Development Institute (CODI)",
        "short_name_th": "พอช.",
        "short_name_en": "CODI",
        "summary_th": (
            "หน่วยงานของรัฐที่สนับสนุนองค์กรชุมชน และเป็นผู้ร่วมจัดกิจกรรม Social Innovation "
            "Village: Idea Hacks กับ สนช."
        ),
        "summary_en": (
            "The public institute that supports community organisations; it runs Social "
            "Innovation Village: Idea Hacks together with NIA."
        ),
        "description_th": (
            "พอช. ร่วมกับ สนช. เปิดเวที Idea Hacks ให้ชุมชนเสนอแนวคิดการใช้นวัตกรรมแก้ปัญหา"
            "ของตนเอง ใน พ.ศ. 2564 มีชุมชนเข้าร่วม 180 แห่งทั่วประเทศ และมี 20 ชุมชน"
            "ผ่านเข้ารอบนำเสนอสุดท้าย ใน พ.ศ. 2566 กิจกรรมนี้จัดเวทีให้ความรู้แก่ชุมชน"
            "ที่จังหวัดนครศรีธรรมราช"
        ),
        "description_en": (
            "With NIA, CODI runs Idea Hacks, where communities pitch ways of using innovation to "
            "solve their own problems. In 2021, 180 communities across the country took part "
            "and 20 reached the final pitching round; in 2023 the programme held a training "
            "session for communities in Nakhon Si Thammarat."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare", "urbanisation"],
        "sdgs": [1, 10, 11],
        "founded_year": 2000,
        "website": "https://www.codi.or.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SIV_IDEA_HACKS_2021, SIV_IDEA_HACKS_2023],
    },
    # Intermediaries, incubators and social enterprises (seeds 002 and 003).
    {
        "slug": "changefusion",
        "kind": "intermediary",
        "name_th": "ChangeFusion",
        "name_en": "ChangeFusion",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "องค์กรตัวกลางด้านนวัตกรรมสังคมในกรุงเทพฯ ผู้นำโครงการแลกเปลี่ยน SOIL ระหว่างไทย"
            "กับญี่ปุ่น และร่วมจัดการอบรมวิทยากรเพื่อผู้บ่มเพาะในท้องถิ่นเมื่อ พ.ศ. 2562"
        ),
        "summary_en": (
            "A Bangkok-based social innovation intermediary. It leads the SOIL exchange between "
            "Thailand and Japan and co-organised the 2019 Training of Trainers for local "
            "incubators."
        ),
        "description_th": (
            "ChangeFusion จัดทำรายงานสำรวจการลงทุนทางสังคมและนวัตกรรมการเงินในประเทศไทย"
            "ให้ UNDP เมื่อ พ.ศ. 2561 ร่วมรวบรวมเครื่องมือบ่มเพาะลงใน The Social Incubation "
            "Playbook และร่วมกับ UNDP และ Tandemic จัดอบรมวิทยากรในเดือนตุลาคม 2562 "
            "นอกจากนี้ยังดำเนินโครงการ Social Innovation Link (SOIL) ร่วมกับ AVPN "
            "และ Japan Foundation Asia Center เพื่อจับคู่องค์กรไทยและญี่ปุ่นที่ทำงานเรื่องเดียวกัน"
        ),
        "description_en": (
            "ChangeFusion carried out UNDP's 2018 mapping of social impact investment and "
            "innovative finance in Thailand, helped compile The Social Incubation Playbook and "
            "ran the October 2019 Training of Trainers with UNDP and Tandemic. With AVPN and the "
            "Japan Foundation Asia Center it runs Social Innovation Link (SOIL), which pairs Thai "
            "and Japanese organisations working on the same problem."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare", "government-education"],
        "sdgs": [8, 9, 17],
        "founded_year": None,
        "website": "https://changefusion.org",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, SOIL_POST, UNDP_TOT_POST],
    },
    {
        "slug": "tandemic",
        "kind": "intermediary",
        "name_th": "Tandemic",
        "name_en": "Tandemic",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "บริษัทที่ปรึกษาด้านนวัตกรรมสังคมจากมาเลเซีย ผู้นำกระบวนการในการอบรมวิทยากร"
            "เพื่อผู้บ่มเพาะในท้องถิ่นที่กรุงเทพฯ เมื่อเดือนตุลาคม 2562"
        ),
        "summary_en": (
            "A Malaysian social innovation consultancy that facilitated the Training of Trainers "
            "for local incubators in Bangkok in October 2019."
        ),
        "description_th": (
            "Tandemic ก่อตั้งที่มาเลเซีย ทำงานสามด้าน คือ สร้างกิจการเพื่อสังคม "
            "จัดอบรม เช่น การคิดเชิงออกแบบ และให้คำปรึกษา ในการอบรมสามวันที่กรุงเทพฯ "
            "Tandemic พาผู้เข้าร่วมตั้งแต่การทำความเข้าใจผู้ที่จะรับการบ่มเพาะ "
            "ไปจนถึงการสร้างและทดสอบต้นแบบด้วยการแสดงบทบาทสมมติ"
        ),
        "description_en": (
            "Founded in Malaysia, Tandemic builds social ventures, runs training such as "
            "design thinking, and consults. In the three-day workshop in Bangkok it took "
            "participants from understanding the people they want to incubate to building "
            "prototypes and testing them through role play."
        ),
        "province": None,
        "country": "MY",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education"],
        "sdgs": [4, 17],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, TANDEMIC_PROFILE],
    },
    {
        "slug": "school-of-changemakers",
        "kind": "intermediary",
        "name_th": "School of Changemakers",
        "name_en": "School of Changemakers",
        "short_name_th": "",
        "short_name_en": "SOC",
        "summary_th": (
            "องค์กรบ่มเพาะคนรุ่นใหม่ที่อยากแก้ปัญหาสังคม เริ่มต้นจากโครงการภายใต้มูลนิธิอโชก้า "
            "ประเทศไทย และร่วมพัฒนาคู่มือ The Social Incubation Playbook"
        ),
        "summary_en": (
            "An incubator for young people who want to tackle social problems. It began as a "
            "project of Ashoka Thailand and contributed to The Social Incubation Playbook."
        ),
        "description_th": (
            "โปรแกรมบ่มเพาะโครงการและกิจการสังคมของ School of Changemakers ใช้เวลา 6–12 เดือน "
            "ผ่านเวิร์กช็อปและการจับคู่กับโค้ชและที่ปรึกษา เพื่อทดสอบว่าแนวคิดแก้ปัญหาได้จริง "
            "ก่อนพัฒนาเป็นโมเดลที่ขยายผลได้ เมื่อเดือนสิงหาคม 2562 องค์กรได้แบ่งปันเครื่องมือ"
            "ในเวทีที่ UNDP จัดเพื่อรวบรวมคู่มือการบ่มเพาะ"
        ),
        "description_en": (
            "Its social incubator runs for six to twelve months, with workshops, coaches and "
            "advisers, so that an idea is tested in its real setting before it grows into a model "
            "that can spread. In August 2019 it shared its tools at the UNDP workshop that "
            "produced the incubation playbook."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education"],
        "sdgs": [4, 17],
        "founded_year": None,
        "website": "https://www.schoolofchangemakers.com",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOC_INCUBATOR, CHANGEFUSION_POSTS],
    },
    {
        "slug": "seed",
        "kind": "intermediary",
        "name_th": "SEED",
        "name_en": "SEED",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "ผู้บ่มเพาะทางสังคมในกรุงเทพฯ ที่ร่วมแบ่งปันเครื่องมือในเวทีของ UNDP "
            "เมื่อเดือนสิงหาคม 2562 ซึ่งนำไปสู่คู่มือ The Social Incubation Playbook"
        ),
        "summary_en": (
            "A Bangkok social incubator that shared its tools at UNDP's August 2019 workshop, the "
            "starting point of The Social Incubation Playbook."
        ),
        "description_th": (
            "SEED เป็นหนึ่งในผู้บ่มเพาะที่มีประสบการณ์ซึ่ง UNDP เชิญมาแลกเปลี่ยนวิธีการ "
            "ข้อมูลเชิงลึก และเครื่องมือ ก่อนนำไปเรียบเรียงเป็นคู่มือสำหรับการอบรมวิทยากร"
            "ในเดือนตุลาคม 2562"
        ),
        "description_en": (
            "SEED was one of the experienced incubators UNDP invited to pool methods, insights "
            "and tools, which were then edited into the playbook used at the October 2019 "
            "Training of Trainers."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "good-factory",
        "kind": "intermediary",
        "name_th": "Good Factory",
        "name_en": "Good Factory",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "ผู้บ่มเพาะกิจการเพื่อสังคมในกรุงเทพฯ หนึ่งในองค์กรที่ร่วมพัฒนาคู่มือ "
            "The Social Incubation Playbook กับ UNDP"
        ),
        "summary_en": (
            "A Bangkok incubator for social enterprises and one of the contributors to UNDP's "
            "Social Incubation Playbook."
        ),
        "description_th": (
            "Good Factory ร่วมเวทีผู้บ่มเพาะที่ UNDP จัดในเดือนสิงหาคม 2562 "
            "และเผยแพร่เรื่องราวของกิจการเพื่อสังคมไทย เช่น กล่องดินสอ ผ่านบล็อกขององค์กร"
        ),
        "description_en": (
            "Good Factory took part in UNDP's incubator workshop of August 2019 and tells the "
            "stories of Thai social enterprises, such as Kong Dinsor, on its blog."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, KONG_DINSOR_STORY],
    },
    {
        "slug": "social-innovation-foundation",
        "kind": "foundation",
        "name_th": "มูลนิธินวัตกรรมทางสังคม",
        "name_en": "Social Innovation Foundation (SIF)",
        "short_name_th": "",
        "short_name_en": "SIF",
        "summary_th": (
            "มูลนิธิที่สร้างงานให้คนพิการทั่วประเทศ โดยให้บริษัทจ้างคนพิการไปทำงานเพื่อสังคม"
            "ในบ้านเกิดของตน เช่น ที่โรงพยาบาลและโรงเรียนในชุมชน"
        ),
        "summary_en": (
            "A foundation that creates jobs for people with disabilities across Thailand: "
            "companies hire them to do social work in their home communities, for example at "
            "local hospitals and schools."
        ),
        "description_th": (
            "กฎหมายไทยกำหนดให้สถานประกอบการจ้างคนพิการ 1 คนต่อลูกจ้างทุก 100 คน "
            "มิฉะนั้นต้องจ่ายเงินเข้ากองทุน มูลนิธิจึงพัฒนารูปแบบการจ้างงานทางอ้อม "
            "บริษัททำตามกฎหมายได้ คนพิการมีรายได้มั่นคงใกล้บ้าน และหน่วยงานในชุมชนได้กำลังคนเพิ่ม "
            "ถึง พ.ศ. 2562 มูลนิธิและภาคีสร้างงานได้กว่า 6,000 ตำแหน่ง และกำลังขยายไปสู่"
            "การฝึกอาชีพและจัดหางานตรง โดยไปเรียนรู้จาก Litalico ที่ญี่ปุ่นผ่านโครงการ SOIL"
        ),
        "description_en": (
            "Thai law requires employers to hire one person with a disability for every 100 "
            "staff or pay into a fund. The foundation's indirect-hiring model lets companies meet "
            "the quota, gives disabled workers a steady income near home and gives community "
            "organisations extra hands. By 2019 it and its partners had created more than 6,000 "
            "jobs. To depend less on outside funding it is moving into job training and direct "
            "placement, and studied Litalico's services in Japan through the SOIL exchange."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 10],
        "founded_year": None,
        "website": "https://www.sif.or.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, SOIL_POST, SIF_2018],
    },
    {
        "slug": "kong-dinsor",
        "kind": "social-enterprise",
        "name_th": "กล่องดินสอ",
        "name_en": "Kong Dinsor",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "กิจการเพื่อสังคมที่ผลิตสื่อสร้างสรรค์สำหรับคนพิการและทำงานด้านการจ้างงานคนพิการ "
            "ร่วมแลกเปลี่ยนกับ Litalico ของญี่ปุ่นในโครงการ SOIL"
        ),
        "summary_en": (
            "A Thai social enterprise that makes learning materials for people with disabilities "
            "and works on disability employment; it met Japan's Litalico through SOIL."
        ),
        "description_th": (
            "กล่องดินสอเริ่มจากการทำสื่อการเรียนรู้สำหรับเด็กพิการทางสายตา "
            "ผลงานที่เป็นที่รู้จักคือ “เล่นเส้น” อุปกรณ์วาดภาพที่ให้เด็กตาบอดสัมผัสเส้นที่วาดได้ "
            "ในเวที SOIL ที่กรุงเทพฯ เมื่อ พ.ศ. 2562 กล่องดินสอและมูลนิธินวัตกรรมทางสังคม"
            "ได้เรียนรู้โมเดลธุรกิจการจ้างงานคนพิการของภาคเอกชนญี่ปุ่น "
            "และเล่าประสบการณ์การจ้างคนพิการไปทำงานเพื่อสังคมในชุมชนของไทย"
        ),
        "description_en": (
            "Kong Dinsor began by making learning materials for blind children; its best-known "
            "product, Len Sen, is a drawing set that lets blind children feel the lines they draw. "
            "At the SOIL exchange in Bangkok in 2019, it and the Social Innovation Foundation "
            "learned how Japanese companies run disability employment services, and explained "
            "Thailand's model of hiring disabled people for social work in their communities."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare", "government-education"],
        "sdgs": [4, 8, 10],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST, KONG_DINSOR_STORY],
    },
    {
        "slug": "local-alike",
        "kind": "social-enterprise",
        "name_th": "Local Alike",
        "name_en": "Local Alike",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "กิจการเพื่อสังคมด้านการท่องเที่ยวโดยชุมชน ร่วมแลกเปลี่ยนโมเดลการจัดการท่องเที่ยว"
            "กับ Ecotourism Japan ในโครงการ SOIL"
        ),
        "summary_en": (
            "A Thai social enterprise for community-based tourism that swapped notes with "
            "Ecotourism Japan through the SOIL exchange."
        ),
        "description_th": (
            "Local Alike ทำงานกับชุมชนให้จัดการท่องเที่ยวในพื้นที่ของตนเอง และมีลูกค้าหลากหลาย "
            "รวมถึงบริษัทและองค์กรที่พาพนักงานไปเที่ยวชุมชน ในเวที SOIL ฝ่ายไทยได้เรียนรู้"
            "องค์กรการตลาดแหล่งท่องเที่ยว (DMO) ของญี่ปุ่น ส่วนฝ่ายญี่ปุ่นสนใจการขายทริปชุมชน"
            "ให้ลูกค้าองค์กร ซึ่งยังเป็นเรื่องใหม่ในญี่ปุ่น"
        ),
        "description_en": (
            "Local Alike helps communities run tourism in their own areas and sells to a wide "
            "range of customers, including companies that send staff on community trips. Through "
            "SOIL the Thai side learned about Japan's destination marketing organisations, while "
            "the Japanese side was interested in selling community trips to corporate clients, "
            "still new in Japan."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": True,
        "area_provinces": [],
        "themes": ["tourism-culture"],
        "sdgs": [8, 11, 12],
        "founded_year": None,
        "website": "https://localalike.com",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST],
    },
    # Japanese and regional partners of SOIL (seeds 002 and 003).
    {
        "slug": "avpn",
        "kind": "network",
        "name_th": "AVPN",
        "name_en": "AVPN (Asian Venture Philanthropy Network)",
        "short_name_th": "",
        "short_name_en": "AVPN",
        "summary_th": (
            "เครือข่ายผู้ลงทุนเพื่อสังคมในเอเชีย มีสำนักงานใหญ่ที่สิงคโปร์ "
            "และเป็นผู้ร่วมดำเนินโครงการ SOIL กับ ChangeFusion และ Japan Foundation Asia Center"
        ),
        "summary_en": (
            "A network of social investors in Asia, based in Singapore, and a partner of "
            "ChangeFusion and the Japan Foundation Asia Center in running SOIL."
        ),
        "description_th": (
            "AVPN ร่วมกับ ChangeFusion และ Japan Foundation Asia Center ทำโครงการ Social "
            "Innovation Link (SOIL) เพื่อเชื่อมนวัตกรสังคมในเอเชียให้เรียนรู้จากกัน"
            "และขยายผลงานทางสังคมได้กว้างขึ้น"
        ),
        "description_en": (
            "With ChangeFusion and the Japan Foundation Asia Center, AVPN runs Social Innovation "
            "Link (SOIL), which connects social innovators in Asia so that they learn from each "
            "other and widen their impact."
        ),
        "province": None,
        "country": "SG",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [17],
        "founded_year": None,
        "website": "https://avpn.asia",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST],
    },
    {
        "slug": "japan-foundation",
        "kind": "government",
        "name_th": "เจแปนฟาวน์เดชั่น",
        "name_en": "The Japan Foundation",
        "short_name_th": "",
        "short_name_en": "JF",
        "summary_th": (
            "หน่วยงานของญี่ปุ่นด้านการแลกเปลี่ยนทางวัฒนธรรมระหว่างประเทศ "
            "เป็นต้นสังกัดของ Japan Foundation Asia Center ผู้สนับสนุนโครงการ SOIL"
        ),
        "summary_en": (
            "Japan's institution for international cultural exchange and the parent of the Japan "
            "Foundation Asia Center, which supports SOIL."
        ),
        "description_th": (
            "เจแปนฟาวน์เดชั่นมีสำนักงานใหญ่ที่โตเกียว ส่งเสริมการแลกเปลี่ยนด้านศิลปวัฒนธรรม "
            "การสอนภาษาญี่ปุ่น และญี่ปุ่นศึกษาในต่างประเทศ และมี Japan Foundation Asia Center "
            "เป็นหน่วยงานที่ดูแลการแลกเปลี่ยนกับประเทศในเอเชีย"
        ),
        "description_en": (
            "Based in Tokyo, the Japan Foundation promotes arts and cultural exchange, Japanese "
            "language teaching and Japanese studies abroad. Its Asia Center runs exchange "
            "programmes with other Asian countries."
        ),
        "province": None,
        "country": "JP",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["tourism-culture"],
        "sdgs": [17],
        "founded_year": 1972,
        "website": "https://www.jpf.go.jp",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [JF_SOIL],
    },
    {
        "slug": "japan-foundation-asia-center",
        "kind": "government",
        "name_th": "เจแปนฟาวน์เดชั่น เอเชียเซ็นเตอร์",
        "name_en": "Japan Foundation Asia Center",
        "short_name_th": "",
        "short_name_en": "JFAC",
        "summary_th": (
            "หน่วยงานของเจแปนฟาวน์เดชั่นที่ทำงานกับประเทศในอาเซียน ผู้ร่วมดำเนินและสนับสนุน"
            "โครงการแลกเปลี่ยนนวัตกรรมสังคม SOIL"
        ),
        "summary_en": (
            "The Japan Foundation's centre for exchange with ASEAN countries, which co-runs and "
            "funds the SOIL social innovation exchange."
        ),
        "description_th": (
            "Japan Foundation Asia Center ทำโครงการ SOIL เพื่อให้องค์กรไม่แสวงหากำไร "
            "กิจการเพื่อสังคม และผู้ประกอบการทางสังคมในญี่ปุ่นและอาเซียนที่แก้ปัญหาเดียวกัน"
            "ได้แลกเปลี่ยนโมเดลและวิธีแก้ปัญหา การสนับสนุนของศูนย์ทำให้เวิร์กช็อปที่กรุงเทพฯ "
            "และโตเกียวใน พ.ศ. 2562 เกิดขึ้นได้ และเมื่อวันที่ 22 ธันวาคม 2563 "
            "ศูนย์ได้จัดงานรายงานผลโครงการทางออนไลน์"
        ),
        "description_en": (
            "Through SOIL the centre lets non-profits, social enterprises and social "
            "entrepreneurs in Japan and ASEAN who tackle the same problems share business models "
            "and solutions. Its support made the 2019 workshops in Bangkok and Tokyo possible, "
            "and on 22 December 2020 it held an online event reporting on the programme."
        ),
        "province": None,
        "country": "JP",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare", "tourism-culture"],
        "sdgs": [17],
        "founded_year": 2014,
        "website": "https://asiawa.jpf.go.jp",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": "japan-foundation",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [JF_SOIL, SOIL_POST, CHANGEFUSION_POSTS],
    },
    {
        "slug": "litalico",
        "kind": "company",
        "name_th": "Litalico",
        "name_en": "Litalico",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "บริษัทญี่ปุ่นที่ให้บริการสนับสนุนการจ้างงานคนพิการครบวงจร จดทะเบียนในตลาดหลักทรัพย์"
            "โตเกียวเมื่อ พ.ศ. 2559 และเป็นคู่แลกเปลี่ยนของฝ่ายไทยในโครงการ SOIL"
        ),
        "summary_en": (
            "A Japanese company offering end-to-end disability employment support, listed on "
            "the Tokyo Stock Exchange in 2016 and the Thai partners' counterpart in SOIL."
        ),
        "description_th": (
            "Litalico ช่วยคนพิการตั้งแต่การสรรหาและประเมิน การฝึกอบรม การจัดหางาน "
            "ไปจนถึงการติดตามผลหลังเข้าทำงาน และให้คำปรึกษาแก่บริษัทที่จ้างคนพิการ "
            "ภาครัฐญี่ปุ่นเป็นผู้ซื้อบริการหลักและให้ค่าตอบแทนเพิ่มเมื่อคนพิการทำงานได้ต่อเนื่อง "
            "ใน พ.ศ. 2562 บริษัทมีศูนย์ 77 แห่งในหลายจังหวัดของญี่ปุ่น "
            "และแนะนำ Recruit Office Support ให้มูลนิธินวัตกรรมทางสังคมได้ไปศึกษาดูงาน"
        ),
        "description_en": (
            "Litalico supports people with disabilities from recruitment and assessment through "
            "training and placement to follow-up, and advises the companies that employ them. "
            "The Japanese government is its main customer and pays a bonus when placements last. "
            "In 2019 it had 77 centres across Japan's prefectures, and it introduced the Social "
            "Innovation Foundation to Recruit Office Support for a study visit."
        ),
        "province": None,
        "country": "JP",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 10],
        "founded_year": None,
        "website": "https://litalico.co.jp",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, SOIL_POST],
    },
    {
        "slug": "ecotourism-japan",
        "kind": "network",
        "name_th": "Ecotourism Japan",
        "name_en": "Ecotourism Japan",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "เครือข่ายการท่องเที่ยวอย่างยั่งยืนของญี่ปุ่น ร่วมแลกเปลี่ยนเรื่องการท่องเที่ยว"
            "โดยชุมชนกับ Local Alike ในโครงการ SOIL"
        ),
        "summary_en": (
            "A Japanese sustainable tourism network that compared community-based tourism with "
            "Local Alike through SOIL."
        ),
        "description_th": (
            "ในเวที SOIL ที่กรุงเทพฯ Ecotourism Japan เล่าถึงองค์กรการตลาดแหล่งท่องเที่ยว (DMO) "
            "ที่ภาครัฐ เอกชน และชุมชนบริหารร่วมกัน ทั้งสองฝ่ายหวังว่าจะส่งนักท่องเที่ยวถึงกัน"
            "และเชื่อมองค์กรชุมชนที่จัดการท่องเที่ยวของสองประเทศเข้าด้วยกัน"
        ),
        "description_en": (
            "At the SOIL exchange in Bangkok, Ecotourism Japan explained destination marketing "
            "organisations run jointly by government, business and communities. Both sides hoped "
            "to send travellers to each other and link the community groups that run tourism in "
            "the two countries."
        ),
        "province": None,
        "country": "JP",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["tourism-culture", "environment"],
        "sdgs": [8, 12],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST],
    },
    {
        "slug": "recruit-office-support",
        "kind": "company",
        "name_th": "Recruit Office Support",
        "name_en": "Recruit Office Support",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "บริษัทในเครือ Recruit ของญี่ปุ่นที่ให้บริการงานสนับสนุนสำนักงาน และจ้างคนพิการเป็นพนักงานส่วนใหญ่ของบริษัท"
        ),
        "summary_en": (
            "A Recruit group company in Japan that provides back-office support and employs "
            "people with disabilities as most of its staff."
        ),
        "description_th": (
            "เมื่อ พ.ศ. 2562 บริษัทมีพนักงานพิการ 336 คนจากทั้งหมด 384 คน "
            "ทำงานด้านธุรการ ไอที และงานสนับสนุนอื่น ๆ ให้บริษัทในเครือ "
            "เริ่มจากความตั้งใจของผู้ก่อตั้งเมื่อราว 30 ปีก่อนที่จะเปิดโอกาสงานให้คนพิการ "
            "จากงานพิมพ์เอกสารง่าย ๆ จนขยายไปหลายประเภทงานและหลายลักษณะความพิการ "
            "มูลนิธินวัตกรรมทางสังคมมาศึกษาดูงานที่นี่ระหว่างเวิร์กช็อป SOIL ที่โตเกียว"
        ),
        "description_en": (
            "In 2019, 336 of its 384 employees had a disability, doing administration, IT and "
            "other support work for the group. It grew out of its founder's wish, some 30 years "
            "earlier, to open jobs to disabled people: from simple printing tasks it moved to many "
            "kinds of work and many kinds of disability. The Social Innovation Foundation visited "
            "it during the SOIL workshop in Tokyo."
        ),
        "province": None,
        "country": "JP",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 10],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS],
    },
    # The social economy enterprise (SEE) model networks and their institute (seed 001).
    {
        "slug": "kasetsart-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยเกษตรศาสตร์",
        "name_en": "Kasetsart University",
        "short_name_th": "มก.",
        "short_name_en": "KU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในกรุงเทพมหานคร ต้นสังกัดของสถาบันวิชาการด้านสหกรณ์ ซึ่งดูแลเครือข่ายตัวแบบธุรกิจฐานสังคม"
        ),
        "summary_en": (
            "A public university in Bangkok and home of the Cooperative Academic Institute, "
            "which works with the social economy enterprise model networks."
        ),
        "description_th": (
            "มหาวิทยาลัยเกษตรศาสตร์ก่อตั้งใน พ.ศ. 2486 สถาบันวิชาการด้านสหกรณ์ "
            "สังกัดคณะเศรษฐศาสตร์ ทำงานวิจัยและส่งเสริมสหกรณ์และธุรกิจฐานสังคม"
        ),
        "description_en": (
            "Kasetsart University was founded in 1943. Its Cooperative Academic Institute, part "
            "of the Faculty of Economics, researches and supports cooperatives and social economy "
            "enterprises."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["sustainable-agriculture", "government-education"],
        "sdgs": [2, 4],
        "founded_year": 1943,
        "website": "https://www.ku.ac.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SAMPRAN_MARKET],
    },
    {
        "slug": "cooperative-academic-institute",
        "kind": "university",
        "name_th": "สถาบันวิชาการด้านสหกรณ์ มหาวิทยาลัยเกษตรศาสตร์",
        "name_en": "Cooperative Academic Institute, Kasetsart University",
        "short_name_th": "",
        "short_name_en": "CAI",
        "summary_th": (
            "สถาบันวิชาการด้านสหกรณ์ในคณะเศรษฐศาสตร์ มหาวิทยาลัยเกษตรศาสตร์ "
            "ผู้ขับเคลื่อนเครือข่ายตัวแบบธุรกิจฐานสังคม (SEE) สามแห่ง"
        ),
        "summary_en": (
            "The cooperative studies institute of Kasetsart University's Faculty of Economics, "
            "which works with three model networks of social economy enterprises (SEE)."
        ),
        "description_th": (
            "สถาบันทำวิจัยเชิงปฏิบัติการแบบมีส่วนร่วมเพื่อพัฒนาระบบสนับสนุนธุรกิจฐานสังคม "
            "และขับเคลื่อนธุรกิจที่ยึดระบบคุณค่าและการค้าที่เป็นธรรม เมื่อ พ.ศ. 2556 "
            "เครือข่ายตัวแบบของสถาบันได้แก่ สหกรณ์การเกษตรเขาคิชฌกูฏ จังหวัดจันทบุรี "
            "กลุ่มธุรกิจเชิงคุณค่าสามพราน จังหวัดนครปฐม และเครือข่ายคุณค่าชาวนาคุณธรรม "
            "จังหวัดยโสธร"
        ),
        "description_en": (
            "The institute uses participatory action research to build support systems for "
            "social economy enterprises and to grow a movement of value-based, fair-trade "
            "business. In 2013 its model networks were the Khao Khitchakut agricultural "
            "cooperative in Chanthaburi, the Sampran value-based business group in Nakhon Pathom "
            "and the moral rice farmers' network in Yasothon."
        ),
        "province": "TH-10",
        "country": "TH",
        "nationwide": False,
        "area_provinces": ["TH-22", "TH-73", "TH-35"],
        "themes": ["sustainable-agriculture", "finance-employment-welfare"],
        "sdgs": [2, 8, 12],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": "kasetsart-university",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SEE_QA, SAMPRAN_MARKET],
    },
    {
        "slug": "khao-khitchakut-agricultural-cooperative",
        "kind": "cooperative",
        "name_th": "สหกรณ์การเกษตรเขาคิชฌกูฏ จำกัด",
        "name_en": "Khao Khitchakut Agricultural Cooperative",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "สหกรณ์การเกษตรในจังหวัดจันทบุรี หนึ่งในสามเครือข่ายตัวแบบธุรกิจฐานสังคม (SEE) ของสถาบันวิชาการด้านสหกรณ์"
        ),
        "summary_en": (
            "An agricultural cooperative in Chanthaburi and one of the three model networks of "
            "social economy enterprises (SEE) named by the Cooperative Academic Institute."
        ),
        "description_th": (
            "ตัวแบบธุรกิจฐานสังคมต้องมีคุณลักษณะห้าประการ ได้แก่ ภาคีพึ่งพาและร่วมมือกันบนเสาหลัก"
            "ด้านเศรษฐกิจ สังคม และสิ่งแวดล้อม มีกรอบการทำงานร่วมกันอย่างเป็นระบบ "
            "บริหารห่วงโซ่อุปทานของธุรกิจ ดำเนินงานตามกลไกตลาดเพื่อเป้าหมายทั้งทางเศรษฐกิจ"
            "และสังคม และไม่รับเงินทุนที่บิดเบือนกลไกตลาดจนขัดต่อการค้าที่เป็นธรรม "
            "สหกรณ์แห่งนี้ได้รับเลือกเป็นตัวอย่างของภาคตะวันออก"
        ),
        "description_en": (
            "A social economy enterprise model must have five traits: partners who rely on and "
            "work with each other across the economic, social and environmental pillars; a "
            "shared, orderly way of working towards common goals; a managed supply chain; trading "
            "through the market for both economic and social ends; and no funding that distorts "
            "the market at the expense of fair trade. This cooperative is the model from the "
            "east of the country."
        ),
        "province": "TH-22",
        "country": "TH",
        "nationwide": False,
        "area_provinces": ["TH-22"],
        "themes": ["sustainable-agriculture"],
        "sdgs": [2, 8, 12],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SEE_QA],
    },
    {
        "slug": "sampran-value-based-business-group",
        "kind": "network",
        "name_th": "กลุ่มธุรกิจเชิงคุณค่าสามพราน (สามพรานโมเดล)",
        "name_en": "Sampran Value-Based Business Group (Sampran Model)",
        "short_name_th": "สามพรานโมเดล",
        "short_name_en": "Sampran Model",
        "summary_th": (
            "เครือข่ายธุรกิจเชิงคุณค่าในอำเภอสามพราน จังหวัดนครปฐม ที่เชื่อมเกษตรกรอินทรีย์"
            "กับผู้บริโภคโดยตรง และเป็นตัวแบบธุรกิจฐานสังคมของภาคกลาง"
        ),
        "summary_en": (
            "A value-based business network in Sam Phran, Nakhon Pathom, that links organic "
            "farmers directly with buyers; the central region's model of a social economy "
            "enterprise."
        ),
        "description_th": (
            "สามพรานโมเดลเริ่มใน พ.ศ. 2553 เมื่อสวนสามพรานชวนเกษตรกรในนครปฐม"
            "และจังหวัดใกล้เคียงหันมาทำเกษตรอินทรีย์ แล้วซื้อผลผลิตไปใช้ในครัวของโรงแรม "
            "และเปิดตลาดสุขใจให้เกษตรกรขายตรงโดยไม่ผ่านพ่อค้าคนกลาง "
            "แนวทางนี้ตั้งอยู่บนความเป็นธรรมตามหลักปรัชญาของเศรษฐกิจพอเพียง "
            "โดยมีสถาบันวิชาการด้านสหกรณ์ มหาวิทยาลัยเกษตรศาสตร์ ให้คำแนะนำตั้งแต่ต้น"
        ),
        "description_en": (
            "The Sampran Model began in 2010, when Suan Sampran invited farmers in Nakhon Pathom "
            "and neighbouring provinces to go organic, bought their produce for its hotel "
            "kitchens and opened the Sookjai market where they sell without middlemen. It rests "
            "on fair dealing in the spirit of the sufficiency economy philosophy, with advice "
            "from Kasetsart University's Cooperative Academic Institute from the start."
        ),
        "province": "TH-73",
        "country": "TH",
        "nationwide": False,
        "area_provinces": ["TH-73"],
        "themes": ["sustainable-agriculture", "food-water-energy", "health"],
        "sdgs": [2, 3, 12],
        "founded_year": None,
        "website": "https://www.sampranmodel.com",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SEE_QA, SAMPRAN_MODEL, SAMPRAN_MARKET],
    },
    {
        "slug": "yasothon-moral-rice-farmers-network",
        "kind": "network",
        "name_th": "เครือข่ายคุณค่าชาวนาคุณธรรม จังหวัดยโสธร",
        "name_en": "Moral Rice Farmers' Value Network, Yasothon",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "เครือข่ายชาวนาในจังหวัดยโสธรที่ทำธุรกิจบนระบบคุณค่าและการค้าที่เป็นธรรม "
            "และเป็นตัวแบบธุรกิจฐานสังคมของภาคตะวันออกเฉียงเหนือ"
        ),
        "summary_en": (
            "A network of rice farmers in Yasothon trading on shared values and fair trade; the "
            "northeastern model of a social economy enterprise."
        ),
        "description_th": (
            "เครือข่ายนี้เป็นหนึ่งในสามตัวแบบที่สถาบันวิชาการด้านสหกรณ์ใช้ศึกษาและขยายผล"
            "ผ่านงานวิจัยเชิงปฏิบัติการแบบมีส่วนร่วม โดยมุ่งลดความเหลื่อมล้ำและสร้างการค้า"
            "ที่เป็นธรรมให้เป็นทางเลือกของประชาชน"
        ),
        "description_en": (
            "It is one of the three models the Cooperative Academic Institute studies and builds "
            "on through participatory action research, with the aim of narrowing inequality and "
            "making fair trade a real choice for people."
        ),
        "province": "TH-35",
        "country": "TH",
        "nationwide": False,
        "area_provinces": ["TH-35"],
        "themes": ["sustainable-agriculture"],
        "sdgs": [2, 10, 12],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SEE_QA],
    },
    # Regional universities that host NIA's SID units (seed 004 and NIA's news).
    {
        "slug": "thaksin-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยทักษิณ",
        "name_en": "Thaksin University",
        "short_name_th": "มทษ.",
        "short_name_en": "TSU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในภาคใต้ มีวิทยาเขตที่สงขลาและพัทลุง "
            "วิทยาเขตพัทลุงเป็นที่ตั้งหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคมภาคใต้ฝั่งอ่าวไทย"
        ),
        "summary_en": (
            "A public university in southern Thailand with campuses in Songkhla and Phatthalung; "
            "the Phatthalung campus hosts NIA's social innovation driving unit for the southern "
            "Gulf provinces."
        ),
        "description_th": (
            "มหาวิทยาลัยทักษิณทำงานกับ สนช. มาตั้งแต่ พ.ศ. 2562 ผ่านวิทยาเขตพัทลุง "
            "และใน พ.ศ. 2567 อุทยานวิทยาศาสตร์และนวัตกรรมสังคมของมหาวิทยาลัยได้ร่วมเปิดตัว"
            "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคมประจำพื้นที่ภาคใต้"
        ),
        "description_en": (
            "Thaksin University has worked with NIA since 2019 through its Phatthalung campus, "
            "and in 2024 its Science and Social Innovation Park launched the social innovation "
            "driving unit for the southern region with NIA."
        ),
        "province": "TH-90",
        "country": "TH",
        "nationwide": False,
        "area_provinces": ["TH-90", "TH-93"],
        "themes": ["government-education"],
        "sdgs": [4, 9],
        "founded_year": None,
        "website": "https://www.tsu.ac.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_SOUTH_2024, SID_THAKSIN_2019],
    },
    {
        "slug": "thaksin-university-phatthalung",
        "kind": "university",
        "name_th": "มหาวิทยาลัยทักษิณ วิทยาเขตพัทลุง",
        "name_en": "Thaksin University, Phatthalung Campus",
        "short_name_th": "",
        "short_name_en": "",
        "summary_th": (
            "วิทยาเขตของมหาวิทยาลัยทักษิณที่เป็นเจ้าภาพหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม"
            "ประจำพื้นที่ภาคใต้ฝั่งอ่าวไทย และร่วมงานหมู่บ้านนวัตกรรมเพื่อสังคมในจังหวัดพัทลุง"
        ),
        "summary_en": (
            "The Thaksin University campus that hosts NIA's social innovation driving unit for "
            "the southern Gulf provinces and works on the Social Innovation Village programme in "
            "Phatthalung."
        ),
        "description_th": (
            "วิทยาเขตพัทลุงลงนามบันทึกความเข้าใจกับ สนช. และจังหวัดพัทลุงเมื่อเปิดหน่วยขับเคลื่อน"
            "นวัตกรรมเพื่อสังคมใน พ.ศ. 2562 และเปิดตัวหน่วยอีกครั้งสำหรับปีงบประมาณ 2564 "
            "เมื่อวันที่ 24 ธันวาคม 2563 วิทยาเขตยังร่วมกับ สนช. ลงพื้นที่ชุมชนในจังหวัดพัทลุง"
            "เพื่อคัดเลือกพื้นที่หมู่บ้านนวัตกรรมเพื่อสังคม"
        ),
        "description_en": (
            "The campus signed memoranda with NIA and Phatthalung province when the driving unit "
            "opened in 2019, and relaunched it for fiscal year 2021 on 24 December 2020. With "
            "NIA it also visited communities in Phatthalung to choose sites for the Social "
            "Innovation Village programme."
        ),
        "province": "TH-93",
        "country": "TH",
        "nationwide": False,
        "area_provinces": SOUTHERN_GULF,
        "themes": ["government-education", "finance-employment-welfare"],
        "sdgs": [4, 9, 10],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": "thaksin-university",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_THAKSIN_2019, SID_THAKSIN_2020, SIV_PHATTHALUNG_VISIT],
    },
    {
        "slug": "university-of-phayao",
        "kind": "university",
        "name_th": "มหาวิทยาลัยพะเยา",
        "name_en": "University of Phayao",
        "short_name_th": "มพ.",
        "short_name_en": "UP",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในจังหวัดพะเยา เจ้าภาพหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคมประจำพื้นที่ภาคเหนือตอนบน 2"
        ),
        "summary_en": (
            "A public university in Phayao that hosts NIA's social innovation driving unit for "
            "the Upper North 2 provinces."
        ),
        "description_th": (
            "มหาวิทยาลัยพะเยาลงนามบันทึกความเข้าใจกับ สนช. เรื่องการสนับสนุนและส่งเสริม"
            "นวัตกรรมเพื่อสังคมในกลุ่มจังหวัดภาคเหนือตอนบน 2 เพื่อบ่มเพาะชุมชนให้ใช้วิทยาศาสตร์ "
            "เทคโนโลยี และงานวิจัยแก้ปัญหาในพื้นที่"
        ),
        "description_en": (
            "The university signed a memorandum with NIA to support social innovation in the "
            "Upper North 2 provinces, coaching communities to use science, technology and "
            "research on local problems."
        ),
        "province": "TH-56",
        "country": "TH",
        "nationwide": False,
        "area_provinces": UPPER_NORTH_2,
        "themes": ["government-education"],
        "sdgs": [4, 9],
        "founded_year": None,
        "website": "https://www.up.ac.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_PHAYAO],
    },
    {
        "slug": "ubon-ratchathani-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยอุบลราชธานี",
        "name_en": "Ubon Ratchathani University",
        "short_name_th": "ม.อุบลฯ",
        "short_name_en": "UBU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในจังหวัดอุบลราชธานี เจ้าภาพหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม"
            "ประจำพื้นที่ภาคตะวันออกเฉียงเหนือตอนล่าง 2"
        ),
        "summary_en": (
            "A public university in Ubon Ratchathani that hosted NIA's social innovation driving "
            "unit for the Lower Northeast 2 provinces."
        ),
        "description_th": (
            "มหาวิทยาลัยอุบลราชธานีร่วมกับ สนช. แถลงข่าวเปิดหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม"
            "ประจำปีงบประมาณ 2563 เมื่อวันที่ 6 กุมภาพันธ์ 2563"
        ),
        "description_en": (
            "With NIA, the university announced its driving unit for fiscal year 2020 at a press "
            "conference on 6 February 2020."
        ),
        "province": "TH-34",
        "country": "TH",
        "nationwide": False,
        "area_provinces": LOWER_NORTHEAST_2,
        "themes": ["government-education"],
        "sdgs": [4, 9],
        "founded_year": None,
        "website": "https://www.ubu.ac.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_UBON],
    },
    {
        "slug": "mahasarakham-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยมหาสารคาม",
        "name_en": "Mahasarakham University",
        "short_name_th": "มมส",
        "short_name_en": "MSU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในจังหวัดมหาสารคาม เจ้าภาพหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม"
            "ประจำภาคตะวันออกเฉียงเหนือตอนกลาง (SID-ESAN)"
        ),
        "summary_en": (
            "A public university in Maha Sarakham that hosted NIA's social innovation driving "
            "unit for the central northeast (SID-ESAN)."
        ),
        "description_th": (
            "มหาวิทยาลัยมหาสารคามร่วมกับ สนช. เปิดหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม"
            "เมื่อวันที่ 16 กุมภาพันธ์ 2564 เพื่อบ่มเพาะนวัตกรรมที่ช่วยลดความยากจน"
            "และความเหลื่อมล้ำ และเคยลงพื้นที่จังหวัดกาฬสินธุ์ร่วมกับ สนช. "
            "เพื่อคัดเลือกชุมชนเข้าโครงการหมู่บ้านนวัตกรรมเพื่อสังคม"
        ),
        "description_en": (
            "The university opened its driving unit with NIA on 16 February 2021 to grow "
            "innovations against poverty and inequality. With NIA it also surveyed communities "
            "in Kalasin for the Social Innovation Village programme."
        ),
        "province": "TH-44",
        "country": "TH",
        "nationwide": False,
        "area_provinces": CENTRAL_NORTHEAST,
        "themes": ["government-education", "finance-employment-welfare"],
        "sdgs": [1, 4, 10],
        "founded_year": None,
        "website": "https://www.msu.ac.th",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_MSU_NIA, SID_MSU, SIV_KALASIN_SURVEY],
    },
    # Not yet reviewed: stays hidden from the public until a curator publishes it.
    {
        "slug": "naresuan-university",
        "kind": "university",
        "name_th": "มหาวิทยาลัยนเรศวร",
        "name_en": "Naresuan University",
        "short_name_th": "มน.",
        "short_name_en": "NU",
        "summary_th": (
            "มหาวิทยาลัยของรัฐในจังหวัดพิษณุโลก มีรายงานข่าวว่าเคยเป็นที่ตั้งหน่วยขับเคลื่อน"
            "นวัตกรรมเพื่อสังคมของ สนช. (รอตรวจสอบ)"
        ),
        "summary_en": (
            "A public university in Phitsanulok, reported in the news to have hosted one of "
            "NIA's social innovation driving units (to be checked)."
        ),
        "description_th": "",
        "description_en": "",
        "province": "TH-65",
        "country": "TH",
        "nationwide": False,
        "area_provinces": [],
        "themes": ["government-education"],
        "sdgs": [4],
        "founded_year": None,
        "website": "",
        "is_consortium_member": False,
        "consortium_joined": None,
        "osep_registered": False,
        "parent": None,
        "status": "draft",
        "last_verified": None,
        "sources": [],
    },
]


# --- Programmes ------------------------------------------------------------------------------

PROGRAMMES = [
    {
        "slug": "soil",
        "kind": "exchange",
        "name_th": "Social Innovation Link (SOIL) ความร่วมมือนวัตกรรมเพื่อสังคมไทย–ญี่ปุ่น",
        "name_en": "Social Innovation Link (SOIL): Thailand–Japan exchange",
        "summary_th": (
            "โครงการจับคู่นวัตกรสังคมและกิจการเพื่อสังคมของไทยกับญี่ปุ่นที่ทำงานเรื่องเดียวกัน "
            "เพื่อเรียนรู้จากกันและขยายผลงานทางสังคม โดยเน้นการจ้างงานคนพิการ"
            "และการท่องเที่ยวโดยชุมชน"
        ),
        "summary_en": (
            "Pairs Thai and Japanese social innovators and social enterprises working on the same "
            "problems so that they learn from each other and scale their impact; the first round "
            "focused on disability employment and community-based tourism."
        ),
        "description_th": (
            "ChangeFusion, AVPN และ Japan Foundation Asia Center ร่วมกันดำเนินโครงการ "
            "เวิร์กช็อปครั้งแรกจัดที่กรุงเทพฯ ต้นเดือนเมษายน 2562 มีผู้แทนจาก UNDP สนช. "
            "ธนาคารพัฒนาเอเชีย (ADB) กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ กระทรวงแรงงาน "
            "และ อพท. ร่วมรับฟัง ครั้งที่สองจัดที่โตเกียว"
            "ในสัปดาห์แรกของเดือนกรกฎาคม 2562 ด้านการจ้างงานคนพิการ มูลนิธินวัตกรรมทางสังคม"
            "และกล่องดินสอได้เรียนรู้จาก Litalico ส่วนด้านการท่องเที่ยว Local Alike "
            "ได้แลกเปลี่ยนกับ Ecotourism Japan"
        ),
        "description_en": (
            "ChangeFusion, AVPN and the Japan Foundation Asia Center run the programme. The first "
            "workshop took place in Bangkok in early April 2019, with UNDP, NIA, ADB, the "
            "ministries of social development and of labour, and DASTA in the room; the second "
            "followed in Tokyo in the first week of July 2019. On disability employment, the "
            "Social Innovation Foundation and Kong Dinsor learned from Litalico; on tourism, "
            "Local Alike compared notes with Ecotourism Japan."
        ),
        "parent": None,
        "host": "changefusion",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": ["TH-10"],
        "nationwide": False,
        "themes": ["finance-employment-welfare", "tourism-culture"],
        "sdgs": [8, 10, 17],
        "website": JF_SOIL,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SOIL_POST, CHANGEFUSION_POSTS, JF_SOIL],
    },
    {
        "slug": "impact-investment-landscape-2018",
        "kind": "research",
        "name_th": "รายงานการลงทุนทางสังคมและภูมิทัศน์นวัตกรรมการเงินในประเทศไทย",
        "name_en": "Social Impact Investment and Innovative Finance Landscape Mapping, Thailand",
        "summary_th": (
            "การศึกษาที่ UNDP ว่าจ้าง ChangeFusion ทำเมื่อ พ.ศ. 2561 เพื่อหาช่องว่างและโอกาส"
            "ในการขยายนวัตกรรมสังคมและการประกอบการทางสังคมด้วยการลงทุนทางสังคม"
        ),
        "summary_en": (
            "A 2018 study commissioned by UNDP from ChangeFusion to find the gaps and "
            "opportunities for scaling social innovation and social entrepreneurship through "
            "impact investment."
        ),
        "description_th": (
            "ข้อค้นพบสำคัญคือกิจกรรมและการสนับสนุนด้านนวัตกรรมสังคมยังกระจุกอยู่ในกรุงเทพฯ "
            "การสร้างศูนย์บ่มเพาะและเครือข่ายผู้ประกอบการในท้องถิ่นจะช่วยให้ขยายเป็นขบวนการ"
            "ทั่วประเทศได้เร็วขึ้น ข้อเสนอนี้นำไปสู่คู่มือการบ่มเพาะและการอบรมวิทยากร"
            "ใน พ.ศ. 2562"
        ),
        "description_en": (
            "Its main finding was that activity and support for social innovation were "
            "concentrated in Bangkok, and that local incubation hubs and entrepreneur networks "
            "would turn it into a nationwide movement faster. That led to the incubation "
            "playbook and the 2019 Training of Trainers."
        ),
        "parent": None,
        "host": "changefusion",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": [],
        "nationwide": True,
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "social-incubation-playbook",
        "kind": "curriculum",
        "name_th": "คู่มือการบ่มเพาะทางสังคม (The Social Incubation Playbook)",
        "name_en": "The Social Incubation Playbook",
        "summary_th": (
            "คู่มือที่รวบรวมเครื่องมือและประสบการณ์ของผู้บ่มเพาะทางสังคมในกรุงเทพฯ "
            "ให้ผู้บ่มเพาะในท้องถิ่นใช้ออกแบบโครงการบ่มเพาะของตนเอง"
        ),
        "summary_en": (
            "A toolkit that gathers the methods of Bangkok's social incubators so that local "
            "incubators can design their own programmes."
        ),
        "description_th": (
            "UNDP เชิญ ChangeFusion, School of Changemakers, SEED, Good Factory "
            "และผู้บ่มเพาะอื่น ๆ มาแลกเปลี่ยนวิธีการและเครื่องมือในเดือนสิงหาคม 2562 "
            "แล้วเรียบเรียงเป็นคู่มือที่ใช้ในการอบรมวิทยากรเดือนตุลาคม ผู้เข้าอบรมเห็นว่า"
            "เครื่องมือสกัดข้อมูลเชิงลึกมีประโยชน์ที่สุด แต่ต้องนำไปทดลองและปรับให้เข้ากับ"
            "บริบทของแต่ละพื้นที่"
        ),
        "description_en": (
            "In August 2019 UNDP invited ChangeFusion, School of Changemakers, SEED, Good Factory "
            "and other incubators to pool their methods and tools, which were edited into the "
            "playbook used at the October training. Participants found its insight-gathering "
            "tools the most useful, while noting that every tool needs trying out and adapting "
            "to local conditions."
        ),
        "parent": None,
        "host": "undp-thailand",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": [],
        "nationwide": True,
        "themes": ["government-education", "finance-employment-welfare"],
        "sdgs": [4, 8, 17],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "tot-local-incubators-2019",
        "kind": "training",
        "name_th": (
            "การอบรมวิทยากรด้านนวัตกรรมสังคมและกิจการเพื่อสังคมสู่ท้องถิ่น (Training of Trainers) พ.ศ. 2562"
        ),
        "name_en": (
            "Training of Trainers for Social Innovation and Social Enterprise Localization 2019"
        ),
        "summary_th": (
            "การอบรมสามวันในกรุงเทพฯ สำหรับผู้ที่จะเป็นผู้บ่มเพาะนวัตกรรมสังคมในท้องถิ่น "
            "มีผู้เข้าร่วม 30 คนจากทั้งสี่ภูมิภาคของประเทศ"
        ),
        "summary_en": (
            "A three-day course in Bangkok for people setting up local social innovation "
            "incubators, with 30 participants from all four regions of Thailand."
        ),
        "description_th": (
            "UNDP จัดร่วมกับ ChangeFusion โดยมี Tandemic เป็นผู้นำกระบวนการ ผู้เข้าร่วมมาจาก"
            "กรุงเทพฯ อุดรธานี ขอนแก่น เลย พะเยา นครศรีธรรมราช สงขลา ปัตตานี ยะลา และนราธิวาส "
            "วันแรกฝึกทำความเข้าใจความต้องการของผู้ที่จะรับการบ่มเพาะ วันที่สองออกแบบต้นแบบ"
            "และทดสอบด้วยการแสดงบทบาทสมมติ วันที่สามวางแผนให้โครงการยั่งยืนและทบทวนสิ่งที่ได้เรียนรู้ "
            "ผู้เข้าร่วมอยากให้มีเวทีเรียนรู้ข้ามพื้นที่อีก เช่น ระหว่างจังหวัดชายแดนอย่างอุดรธานี"
            "กับสามจังหวัดชายแดนภาคใต้"
        ),
        "description_en": (
            "UNDP organised it with ChangeFusion, and Tandemic facilitated. Participants came "
            "from Bangkok, Udon Thani, Khon Kaen, Loei, Phayao, Nakhon Si Thammarat, Songkhla, "
            "Pattani, Yala and Narathiwat. Day one was about understanding the needs of future "
            "incubatees, day two about designing prototypes and testing them through role play, "
            "and day three about sustainability and reflection. Participants asked for more "
            "cross-regional sessions, for example between border provinces such as Udon Thani "
            "and the three southernmost provinces."
        ),
        "parent": None,
        "host": "undp-thailand",
        "province": "TH-10",
        "start_date": "2019-10-18",
        "end_date": "2019-10-20",
        "stage": "completed",
        "provinces": TOT_PROVINCES,
        "nationwide": False,
        "themes": ["government-education", "finance-employment-welfare"],
        "sdgs": [4, 8, 17],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "sid",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม (SID)",
        "name_en": "Social Innovation Driving Units (SID)",
        "summary_th": (
            "แผนงานของ สนช. ที่ตั้งหน่วยขับเคลื่อนร่วมกับมหาวิทยาลัย ภาคเอกชน มูลนิธิ "
            "และสมาคมในทุกภูมิภาค เพื่อบ่มเพาะนวัตกรสังคมและกิจการเพื่อสังคม"
        ),
        "summary_en": (
            "NIA's network of driving units, run with universities, companies, foundations and "
            "associations in every region, that coach social innovators and social enterprises."
        ),
        "description_th": (
            "หน่วยขับเคลื่อนให้คำปรึกษาด้านนวัตกรรม เทคโนโลยี และการจัดการ เชื่อมโยงองค์ความรู้ "
            "จัดกิจกรรมเสริมความเข้มแข็งและการประกวด และช่วยพัฒนาแนวคิดเป็นต้นแบบหรือโครงการนำร่อง "
            "จนตั้งเป็นกิจการเพื่อสังคมที่ยืนได้ด้วยตนเอง บางหน่วยเป็นหน่วยเฉพาะทาง "
            "เช่น ด้านแผนธุรกิจนวัตกรรมเพื่อสังคม หรือด้านการแก้ปัญหาความยากจน"
        ),
        "description_en": (
            "The units advise on innovation, technology and management, connect people with "
            "knowledge, run capacity-building activities and contests, and help turn ideas into "
            "prototypes or pilots until they become social enterprises that stand on their own. "
            "Some units specialise, for instance in social innovation business plans or in "
            "poverty reduction."
        ),
        "parent": None,
        "host": "nia",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "ongoing",
        "provinces": [],
        "nationwide": True,
        "themes": ALL_THEMES,
        "sdgs": [1, 8, 9, 10, 17],
        "website": NIA_SOCIAL,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [NIA_SOCIAL, SID_SOUTH_2024],
    },
    {
        "slug": "sid-southern-gulf",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม ประจำพื้นที่ภาคใต้ฝั่งอ่าวไทย",
        "name_en": "Social Innovation Driving Unit, Southern Gulf of Thailand",
        "summary_th": ("หน่วยขับเคลื่อนที่มหาวิทยาลัยทักษิณ วิทยาเขตพัทลุง เป็นเจ้าภาพ ดูแลจังหวัดภาคใต้ฝั่งอ่าวไทย"),
        "summary_en": (
            "The driving unit hosted by Thaksin University's Phatthalung campus for the "
            "provinces on the southern Gulf coast."
        ),
        "description_th": (
            "หน่วยนี้เปิดตัวใน พ.ศ. 2562 พร้อมการลงนามบันทึกความเข้าใจระหว่างมหาวิทยาลัยทักษิณ "
            "สนช. และจังหวัดพัทลุง และเปิดตัวอีกครั้งสำหรับปีงบประมาณ 2564 "
            "โดยขยายงานไปสู่ความร่วมมือกับชุมชน การอบรมบ่มเพาะ และการเสริมศักยภาพ"
            "ผู้ประกอบการเพื่อสังคมให้พัฒนานวัตกรรมแก้ปัญหาในพื้นที่"
        ),
        "description_en": (
            "The unit opened in 2019 with memoranda between Thaksin University, NIA and "
            "Phatthalung province, and was relaunched for fiscal year 2021 with a wider brief: "
            "partnerships with communities, incubation, and support for social entrepreneurs "
            "developing innovations for local problems."
        ),
        "parent": "sid",
        "host": "thaksin-university-phatthalung",
        "province": "TH-93",
        "start_date": None,
        "end_date": None,
        "stage": "ongoing",
        "provinces": SOUTHERN_GULF,
        "nationwide": False,
        "themes": ["finance-employment-welfare", "sustainable-agriculture"],
        "sdgs": [1, 8, 9],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_THAKSIN_2019, SID_THAKSIN_2020],
    },
    {
        "slug": "sid-upper-north-2",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม ประจำพื้นที่ภาคเหนือตอนบน 2",
        "name_en": "Social Innovation Driving Unit, Upper North 2",
        "summary_th": ("หน่วยขับเคลื่อนที่มหาวิทยาลัยพะเยาเป็นเจ้าภาพ ดูแลเชียงราย พะเยา แพร่ และน่าน"),
        "summary_en": (
            "The driving unit hosted by the University of Phayao for Chiang Rai, Phayao, Phrae "
            "and Nan."
        ),
        "description_th": (
            "หน่วยนี้เปิดตัวใน พ.ศ. 2563 พร้อมบันทึกความเข้าใจระหว่าง สนช. กับมหาวิทยาลัยพะเยา "
            "เพื่อบ่มเพาะชุมชนให้ใช้วิทยาศาสตร์ เทคโนโลยี การวิจัยและพัฒนา และนวัตกรรม "
            "สร้างต้นแบบหรือโครงการนำร่องที่แก้ปัญหาสังคมในพื้นที่"
        ),
        "description_en": (
            "Launched in 2020 with a memorandum between NIA and the University of Phayao, the "
            "unit coaches communities to use science, technology, research and innovation to "
            "build prototypes and pilots for local social problems."
        ),
        "parent": "sid",
        "host": "university-of-phayao",
        "province": "TH-56",
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": UPPER_NORTH_2,
        "nationwide": False,
        "themes": ["government-education", "finance-employment-welfare"],
        "sdgs": [8, 9],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_PHAYAO],
    },
    {
        "slug": "sid-lower-northeast-2",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม ประจำพื้นที่ภาคตะวันออกเฉียงเหนือตอนล่าง 2",
        "name_en": "Social Innovation Driving Unit, Lower Northeast 2",
        "summary_th": (
            "หน่วยขับเคลื่อนประจำปีงบประมาณ 2563 ที่มหาวิทยาลัยอุบลราชธานีเป็นเจ้าภาพ "
            "ดูแลอุบลราชธานี ศรีสะเกษ ยโสธร และอำนาจเจริญ"
        ),
        "summary_en": (
            "The fiscal-year 2020 driving unit hosted by Ubon Ratchathani University for Ubon "
            "Ratchathani, Si Sa Ket, Yasothon and Amnat Charoen."
        ),
        "description_th": (
            "มหาวิทยาลัยอุบลราชธานีและ สนช. แถลงข่าวเปิดโครงการเมื่อวันที่ 6 กุมภาพันธ์ 2563 "
            "เพื่อสนับสนุนนวัตกรสังคมในกลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 2"
        ),
        "description_en": (
            "Ubon Ratchathani University and NIA announced the unit on 6 February 2020 to "
            "support social innovators in the Lower Northeast 2 provinces."
        ),
        "parent": "sid",
        "host": "ubon-ratchathani-university",
        "province": "TH-34",
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": LOWER_NORTHEAST_2,
        "nationwide": False,
        "themes": ["finance-employment-welfare"],
        "sdgs": [1, 8, 9],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_UBON],
    },
    {
        "slug": "sid-central-northeast",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม ประจำภาคตะวันออกเฉียงเหนือตอนกลาง (SID-ESAN)",
        "name_en": "Social Innovation Driving Unit, Central Northeast (SID-ESAN)",
        "summary_th": (
            "หน่วยขับเคลื่อนที่มหาวิทยาลัยมหาสารคามเป็นเจ้าภาพ เน้นนวัตกรรมที่ช่วยลดความยากจนและความเหลื่อมล้ำในชุมชน"
        ),
        "summary_en": (
            "The driving unit hosted by Mahasarakham University, focused on innovations that "
            "reduce poverty and inequality in communities."
        ),
        "description_th": (
            "มหาวิทยาลัยมหาสารคามและ สนช. แถลงข่าวเปิดหน่วยเมื่อวันที่ 16 กุมภาพันธ์ 2564 "
            "หน่วยนี้บ่มเพาะและยกระดับขีดความสามารถของชุมชนด้วยวิทยาศาสตร์ การวิจัย "
            "และนวัตกรรม เพื่อพิสูจน์ว่าต้นแบบหรือโครงการนำร่องแก้ปัญหาในพื้นที่ได้จริง "
            "ทั้งเพิ่มรายได้และยกระดับสินค้าชุมชน"
        ),
        "description_en": (
            "Mahasarakham University and NIA announced the unit on 16 February 2021. It coaches "
            "communities to use science, research and innovation and tests prototypes and pilots "
            "in the field, aiming at more income and better community products."
        ),
        "parent": "sid",
        "host": "mahasarakham-university",
        "province": "TH-44",
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": CENTRAL_NORTHEAST,
        "nationwide": False,
        "themes": ["finance-employment-welfare"],
        "sdgs": [1, 8, 10],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_MSU_NIA, SID_MSU],
    },
    {
        "slug": "sid-thammasat-poor-provinces",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคมแบบมุ่งเป้าพื้นที่ 10 จังหวัดยากจน",
        "name_en": "Social Innovation Driving Unit for ten low-income provinces",
        "summary_th": (
            "หน่วยขับเคลื่อนเฉพาะทางด้านการแก้ปัญหาความยากจนที่มหาวิทยาลัยธรรมศาสตร์ดำเนินการ "
            "ระหว่างเดือนธันวาคม 2561 ถึงกันยายน 2562"
        ),
        "summary_en": (
            "A driving unit specialising in poverty, run by Thammasat University from December "
            "2018 to September 2019."
        ),
        "description_th": (
            "หน่วยนี้ศึกษาสถานการณ์เศรษฐกิจสังคมและศักยภาพของจังหวัดยากจน คัดเลือกพื้นที่เป้าหมาย "
            "1 แห่งเพื่อศึกษาปัญหาและความต้องการ แล้วหานวัตกรรมและความรู้ที่พร้อมใช้งานจริง"
            "ไปแก้ปัญหา พร้อมทั้งพิจารณาข้อเสนอโครงการนวัตกรรมเพื่อสังคมจากภาคธุรกิจ"
            "และนิติบุคคลต่าง ๆ"
        ),
        "description_en": (
            "The unit studied the economic and social situation of poor provinces, chose one "
            "target area to study its problems and needs, looked for ready-to-use innovations "
            "and knowledge to address them, and reviewed social innovation proposals from "
            "businesses and other organisations."
        ),
        "parent": "sid",
        "host": "thammasat-university",
        "province": "TH-10",
        "start_date": "2018-12-25",
        "end_date": "2019-09-24",
        "stage": "completed",
        "provinces": [],
        "nationwide": False,
        "themes": ["finance-employment-welfare"],
        "sdgs": [1, 10],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SID_THAMMASAT],
    },
    {
        "slug": "social-innovation-village",
        "kind": "village",
        "name_th": "หมู่บ้านนวัตกรรมเพื่อสังคม (Social Innovation Village)",
        "name_en": "Social Innovation Village",
        "summary_th": (
            "โครงการของ สนช. ที่นำนวัตกรรมพร้อมใช้ไปแก้ปัญหาในชุมชนเป้าหมาย "
            "โดยเฉพาะในจังหวัดที่มีความยากจนสูง ดำเนินการมาตั้งแต่ พ.ศ. 2562"
        ),
        "summary_en": (
            "NIA's programme, running since 2019, that takes ready-to-use innovations into "
            "target communities, especially in the poorest provinces."
        ),
        "description_th": (
            "โครงการใช้กลไกการขยายผลนวัตกรรมเพื่อสังคม คือนำต้นแบบหรือโมเดลที่พัฒนาสำเร็จแล้ว"
            "ร่วมกับองค์กรเครือข่ายขนาดใหญ่หรือหน่วยงานระหว่างประเทศ ไปกระจายสู่ชุมชน"
            "และองค์กรปกครองส่วนท้องถิ่น เพื่อลดความเหลื่อมล้ำและยกระดับคุณภาพชีวิต "
            "สนช. ยังร่วมกับ พอช. จัดเวที Idea Hacks ให้ชุมชนเสนอแนวคิดของตนเอง "
            "เช่น ใน พ.ศ. 2564 และ 2566"
        ),
        "description_en": (
            "The programme works by diffusion: prototypes and models already proven with large "
            "partner organisations or international agencies are spread to communities and "
            "local governments to reduce inequality and improve daily life. NIA and CODI also run "
            "Idea Hacks, where communities pitch their own ideas, as in 2021 and 2023."
        ),
        "parent": None,
        "host": "nia",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "ongoing",
        "provinces": ["TH-93", "TH-46", "TH-80"],
        "nationwide": True,
        "themes": ["finance-employment-welfare", "sustainable-agriculture"],
        "sdgs": [1, 10, 11],
        "website": NIA_SIV,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [NIA_SIV, NIA_SIV_GUIDE, SIV_IDEA_HACKS_2021, SIV_IDEA_HACKS_2023],
    },
    {
        "slug": "city-community-innovation-challenge-2020",
        "kind": "challenge",
        "name_th": (
            "โครงการนวัตกรรมสำหรับเมืองและชุมชน ประจำปี 2563 "
            "(City & Community Innovation Challenge 2020)"
        ),
        "name_en": "City & Community Innovation Challenge 2020",
        "summary_th": (
            "การเปิดรับข้อเสนอโครงการนวัตกรรมของ สนช. ที่แก้ปัญหาจากการขยายตัวของเมืองและชุมชน "
            "ผู้ได้รับคัดเลือกได้ทุนไปดำเนินการจริงในพื้นที่"
        ),
        "summary_en": (
            "NIA's 2020 call for innovation projects that tackle the problems of growing cities "
            "and communities; the selected teams received grants to carry them out."
        ),
        "description_th": (
            "โครงการเน้นการร่วมรังสรรค์ (co-creation) ระหว่างหน่วยงานปกครอง เอกชน "
            "องค์กรภาคสังคม และประชาชน แนวคิดที่ดีและขยายผลได้จะได้รับทุนไปทดลองในพื้นที่จริง "
            "เพื่อสรุปบทเรียนและข้อเสนอในการขยายแนวคิดและเทคโนโลยีไปยังพื้นที่อื่น"
        ),
        "description_en": (
            "The challenge looked for co-creation between local government, business, civil "
            "society and residents. Promising ideas that could spread were funded to run on the "
            "ground, so that their lessons could guide taking the ideas and technologies "
            "elsewhere."
        ),
        "parent": None,
        "host": "nia",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": [],
        "nationwide": True,
        "themes": ["urbanisation"],
        "sdgs": [11, 17],
        "website": NIA_CITY_2020,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [NIA_CITY_2020],
    },
    {
        "slug": "social-innovation-network",
        "kind": "network",
        "name_th": "เครือข่ายนวัตกรรมเพื่อสังคม (Social Innovation Network)",
        "name_en": "Social Innovation Network",
        "summary_th": (
            "แผนงานของ สนช. ที่ทำงานกับพันธมิตรเพื่อสร้างระบบนิเวศและแพลตฟอร์มนวัตกรรมทางสังคม "
            "รวมถึงระบบประเมินผลกระทบทางสังคม"
        ),
        "summary_en": (
            "NIA's partnership programme for building the social innovation ecosystem and its "
            "platforms, including social impact assessment."
        ),
        "description_th": (
            "แผนงานนี้สนับสนุนกิจกรรมสร้างสรรค์และบุคลากรที่ช่วยพัฒนาโครงการนวัตกรรมเพื่อสังคม "
            "เพื่อเสริมสมรรถนะด้านนวัตกรรมให้เยาวชน ประชาชนทั่วไป วิสาหกิจชุมชน "
            "วิสาหกิจเริ่มต้น และวิสาหกิจเพื่อสังคม"
        ),
        "description_en": (
            "It backs creative activities and the people who help social innovation projects "
            "along, building innovation skills among young people, the public, community "
            "enterprises, start-ups and social enterprises."
        ),
        "parent": None,
        "host": "nia",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "ongoing",
        "provinces": [],
        "nationwide": True,
        "themes": ALL_THEMES,
        "sdgs": [9, 17],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [NIA_SOCIAL],
    },
    {
        "slug": "ilo-sse-asia-phase-2",
        "kind": "research",
        "name_th": "โครงการเสริมสร้างความเข้มแข็งของเศรษฐกิจสังคมและสมานฉันท์ในเอเชีย ระยะที่ 2",
        "name_en": "Strengthening the Social and Solidarity Economy in Asia, phase 2",
        "summary_th": (
            "โครงการของ ILO ที่ศึกษาและเปิดเวทีหารือเชิงนโยบายว่าเศรษฐกิจสังคมและสมานฉันท์"
            "ช่วยสร้างงานที่มีคุณค่าและบรรลุเป้าหมายการพัฒนาที่ยั่งยืนได้อย่างไร "
            "ประเทศไทยเป็นหนึ่งในประเทศที่ร่วมโครงการ"
        ),
        "summary_en": (
            "An ILO project that studies, and opens policy dialogue on, how the social and "
            "solidarity economy contributes to decent work and the SDGs; Thailand is one of its "
            "countries."
        ),
        "description_th": (
            "ระยะที่ 2 ต่อจากระยะแรก (พ.ศ. 2562–2564) โดยจัดทำการศึกษาระดับประเทศ "
            "ตั้งคณะกรรมการที่ปรึกษาระดับชาติ และสร้างเครือข่ายระดับภูมิภาค "
            "ได้รับทุนจากกระทรวงการจ้างงานและแรงงานของเกาหลีใต้ ในประเทศไทย "
            "โครงการเปิดเวทีหารือเชิงนโยบายเมื่อวันที่ 15 ธันวาคม 2566 "
            "และภาคีมหาวิทยาลัยด้าน SSE ได้หารือแนวทางทำงานร่วมกับโครงการ"
        ),
        "description_en": (
            "Phase 2 follows the first phase (2019–2021) with national mapping studies, national "
            "advisory committees and a regional network, funded by the Republic of Korea's "
            "Ministry of Employment and Labor. In Thailand it held a policy dialogue on 15 "
            "December 2023, and the university SSE consortium discussed how to work with it."
        ),
        "parent": None,
        "host": "ilo",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": [],
        "nationwide": True,
        "themes": ["finance-employment-welfare"],
        "sdgs": [8, 17],
        "website": ILO_PROJECT,
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_PROJECT, ILO_NEWS, ILO_DIALOGUE],
    },
    {
        "slug": "sse-university-consortium",
        "kind": "network",
        "name_th": "ภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์ในประเทศไทย",
        "name_en": "Social and Solidarity Economy Consortium in Thailand",
        "summary_th": (
            "ความร่วมมือของจุฬาลงกรณ์มหาวิทยาลัย มหาวิทยาลัยมหิดล มหาวิทยาลัยศรีนครินทรวิโรฒ "
            "และมหาวิทยาลัยธรรมศาสตร์ ด้านความรู้ หลักสูตร และงานวิจัยเรื่องเศรษฐกิจสังคม"
            "และสมานฉันท์"
        ),
        "summary_en": (
            "A partnership of Chulalongkorn, Mahidol, Srinakharinwirot and Thammasat "
            "universities on knowledge, curricula and research about the social and solidarity "
            "economy."
        ),
        "description_th": (
            "ผู้แทนสี่มหาวิทยาลัยประชุมครั้งแรกเมื่อวันที่ 27 มิถุนายน 2566 เพื่อหารือการตั้งภาคี "
            "ซึ่งมุ่งแลกเปลี่ยนความรู้และแนวปฏิบัติที่ดี พัฒนาหลักสูตร และทำวิจัยเชิงปฏิบัติการ "
            "ที่ประชุมวางแผนเรื่องการระดมทุน โครงสร้าง และการทำงานเชื่อมกับโครงการ SSE "
            "ในเอเชียของ ILO และนัดประชุมครั้งถัดไปวันที่ 24 กรกฎาคม 2566"
        ),
        "description_en": (
            "Representatives of the four universities first met on 27 June 2023 to discuss "
            "forming the consortium, which aims to share knowledge and good practice, develop "
            "curricula and carry out action research. They planned fundraising, a structure and "
            "links with the ILO's SSE in Asia project, and set the next meeting for 24 July 2023."
        ),
        "parent": None,
        "host": None,
        "province": None,
        "start_date": "2023-06-27",
        "end_date": None,
        "stage": "ongoing",
        "provinces": [],
        "nationwide": True,
        "themes": ["government-education", "finance-employment-welfare"],
        "sdgs": [4, 8, 17],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "see-model-networks",
        "kind": "research",
        "name_th": "ชุดโครงการวิจัยเครือข่ายตัวแบบธุรกิจฐานสังคม (SEE)",
        "name_en": "Social Economy Enterprise (SEE) model networks research",
        "summary_th": (
            "งานวิจัยเชิงปฏิบัติการแบบมีส่วนร่วมของสถาบันวิชาการด้านสหกรณ์ "
            "ที่ศึกษาและขยายผลตัวแบบธุรกิจฐานสังคมในจันทบุรี นครปฐม และยโสธร"
        ),
        "summary_en": (
            "Participatory action research by the Cooperative Academic Institute that studies "
            "and builds on model social economy enterprises in Chanthaburi, Nakhon Pathom and "
            "Yasothon."
        ),
        "description_th": (
            "ชุดโครงการแบ่งเป็นสองกลุ่มงาน คือ การพัฒนาระบบสนับสนุนธุรกิจฐานสังคม "
            "และการขับเคลื่อนขบวนการธุรกิจฐานสังคมบนระบบคุณค่าและการค้าที่เป็นธรรม "
            "(VN & F Platform) โดยต่อยอดทุนความรู้ ทุนเศรษฐกิจ และทุนทางสังคมของภาคี "
            "ให้สอดคล้องกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 11 "
            "เพื่อลดความเหลื่อมล้ำและสร้างการค้าที่เป็นธรรม"
        ),
        "description_en": (
            "The research had two strands: building support systems for social economy "
            "enterprises, and growing a movement of value-based, fair-trade business (the VN & F "
            "Platform). It built on the knowledge, economic and social capital of its partners, "
            "in line with the 11th National Economic and Social Development Plan, to reduce "
            "inequality and make trade fairer."
        ),
        "parent": None,
        "host": "cooperative-academic-institute",
        "province": None,
        "start_date": None,
        "end_date": None,
        "stage": "completed",
        "provinces": ["TH-22", "TH-73", "TH-35"],
        "nationwide": False,
        "themes": ["sustainable-agriculture", "finance-employment-welfare"],
        "sdgs": [2, 10, 12],
        "website": "",
        "status": "published",
        "last_verified": VERIFIED,
        "sources": [SEE_QA],
    },
    # Not yet reviewed: stays hidden from the public until a curator publishes it.
    {
        "slug": "sid-srinakharinwirot",
        "kind": "driving-unit",
        "name_th": "หน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม มหาวิทยาลัยศรีนครินทรวิโรฒ",
        "name_en": "Social Innovation Driving Unit, Srinakharinwirot University",
        "summary_th": "หน่วยขับเคลื่อนของ สนช. ที่ มศว เป็นเจ้าภาพ (รอตรวจสอบข้อมูล)",
        "summary_en": "An NIA driving unit hosted by Srinakharinwirot University (to be checked).",
        "description_th": "",
        "description_en": "",
        "parent": "sid",
        "host": "srinakharinwirot-university",
        "province": "TH-10",
        "start_date": None,
        "end_date": None,
        "stage": "ongoing",
        "provinces": [],
        "nationwide": False,
        "themes": [],
        "sdgs": [],
        "website": "",
        "status": "draft",
        "last_verified": None,
        "sources": [],
    },
]


# --- Participations --------------------------------------------------------------------------

PARTICIPATIONS = [
    # SOIL
    {"organisation": "changefusion", "programme": "soil", "role": "lead"},
    {"organisation": "avpn", "programme": "soil", "role": "co-host"},
    {"organisation": "japan-foundation-asia-center", "programme": "soil", "role": "co-host"},
    {
        "organisation": "japan-foundation-asia-center",
        "programme": "soil",
        "role": "funder",
        "note_th": "สนับสนุนเวิร์กช็อปที่กรุงเทพฯ และโตเกียว",
        "note_en": "Supported the Bangkok and Tokyo workshops",
    },
    {
        "organisation": "social-innovation-foundation",
        "programme": "soil",
        "role": "participant",
        "note_th": "ด้านการจ้างงานคนพิการ",
        "note_en": "Disability employment",
    },
    {
        "organisation": "kong-dinsor",
        "programme": "soil",
        "role": "participant",
        "note_th": "ด้านการจ้างงานคนพิการ",
        "note_en": "Disability employment",
    },
    {
        "organisation": "litalico",
        "programme": "soil",
        "role": "participant",
        "note_th": "คู่แลกเปลี่ยนฝ่ายญี่ปุ่นด้านการจ้างงานคนพิการ",
        "note_en": "Japanese counterpart on disability employment",
    },
    {
        "organisation": "local-alike",
        "programme": "soil",
        "role": "participant",
        "note_th": "ด้านการท่องเที่ยวโดยชุมชน",
        "note_en": "Community-based tourism",
    },
    {
        "organisation": "ecotourism-japan",
        "programme": "soil",
        "role": "participant",
        "note_th": "คู่แลกเปลี่ยนฝ่ายญี่ปุ่นด้านการท่องเที่ยวโดยชุมชน",
        "note_en": "Japanese counterpart on community-based tourism",
    },
    {
        "organisation": "recruit-office-support",
        "programme": "soil",
        "role": "partner",
        "note_th": "ต้อนรับคณะศึกษาดูงานที่โตเกียว กรกฎาคม 2562",
        "note_en": "Received the study visit in Tokyo, July 2019",
    },
    {
        "organisation": "undp-thailand",
        "programme": "soil",
        "role": "participant",
        "note_th": "ร่วมเวทีที่กรุงเทพฯ",
        "note_en": "Joined the Bangkok exchange",
    },
    {
        "organisation": "nia",
        "programme": "soil",
        "role": "participant",
        "note_th": "ร่วมเวทีที่กรุงเทพฯ",
        "note_en": "Joined the Bangkok exchange",
    },
    {
        "organisation": "msdhs",
        "programme": "soil",
        "role": "participant",
        "note_th": "ร่วมเวทีที่กรุงเทพฯ",
        "note_en": "Joined the Bangkok exchange",
    },
    {
        "organisation": "ministry-of-labour",
        "programme": "soil",
        "role": "participant",
        "note_th": "ร่วมเวทีที่กรุงเทพฯ",
        "note_en": "Joined the Bangkok exchange",
    },
    {
        "organisation": "dasta",
        "programme": "soil",
        "role": "participant",
        "note_th": "ร่วมเวทีที่กรุงเทพฯ",
        "note_en": "Joined the Bangkok exchange",
    },
    # The 2018 landscape mapping, the playbook and the 2019 Training of Trainers
    {
        "organisation": "undp-thailand",
        "programme": "impact-investment-landscape-2018",
        "role": "funder",
        "note_th": "ผู้ว่าจ้างการศึกษา",
        "note_en": "Commissioned the study",
    },
    {
        "organisation": "changefusion",
        "programme": "impact-investment-landscape-2018",
        "role": "lead",
        "note_th": "ผู้จัดทำรายงาน",
        "note_en": "Carried out the study",
    },
    {"organisation": "undp-thailand", "programme": "social-incubation-playbook", "role": "lead"},
    {"organisation": "changefusion", "programme": "social-incubation-playbook", "role": "partner"},
    {
        "organisation": "school-of-changemakers",
        "programme": "social-incubation-playbook",
        "role": "partner",
    },
    {"organisation": "seed", "programme": "social-incubation-playbook", "role": "partner"},
    {"organisation": "good-factory", "programme": "social-incubation-playbook", "role": "partner"},
    {"organisation": "undp-thailand", "programme": "tot-local-incubators-2019", "role": "lead"},
    {"organisation": "changefusion", "programme": "tot-local-incubators-2019", "role": "co-host"},
    {"organisation": "tandemic", "programme": "tot-local-incubators-2019", "role": "facilitator"},
    # NIA's programmes
    {"organisation": "nia", "programme": "sid", "role": "lead"},
    {
        "organisation": "thaksin-university-phatthalung",
        "programme": "sid-southern-gulf",
        "role": "host",
    },
    {"organisation": "nia", "programme": "sid-southern-gulf", "role": "partner"},
    {"organisation": "university-of-phayao", "programme": "sid-upper-north-2", "role": "host"},
    {"organisation": "nia", "programme": "sid-upper-north-2", "role": "partner"},
    {
        "organisation": "ubon-ratchathani-university",
        "programme": "sid-lower-northeast-2",
        "role": "host",
    },
    {"organisation": "nia", "programme": "sid-lower-northeast-2", "role": "partner"},
    {
        "organisation": "mahasarakham-university",
        "programme": "sid-central-northeast",
        "role": "host",
    },
    {"organisation": "nia", "programme": "sid-central-northeast", "role": "partner"},
    {
        "organisation": "thammasat-university",
        "programme": "sid-thammasat-poor-provinces",
        "role": "host",
    },
    {"organisation": "nia", "programme": "sid-thammasat-poor-provinces", "role": "partner"},
    {
        "organisation": "srinakharinwirot-university",
        "programme": "sid-srinakharinwirot",
        "role": "host",
    },
    {"organisation": "nia", "programme": "social-innovation-village", "role": "lead"},
    {
        "organisation": "codi",
        "programme": "social-innovation-village",
        "role": "partner",
        "note_th": "ร่วมจัดเวที Idea Hacks",
        "note_en": "Co-runs Idea Hacks",
    },
    {
        "organisation": "thaksin-university-phatthalung",
        "programme": "social-innovation-village",
        "role": "partner",
        "note_th": "พื้นที่จังหวัดพัทลุง",
        "note_en": "Phatthalung sites",
    },
    {
        "organisation": "mahasarakham-university",
        "programme": "social-innovation-village",
        "role": "partner",
        "note_th": "สำรวจชุมชนในจังหวัดกาฬสินธุ์",
        "note_en": "Surveyed communities in Kalasin",
    },
    {
        "organisation": "nia",
        "programme": "city-community-innovation-challenge-2020",
        "role": "lead",
    },
    {"organisation": "nia", "programme": "social-innovation-network", "role": "lead"},
    # The ILO project and the university consortium
    {"organisation": "ilo", "programme": "ilo-sse-asia-phase-2", "role": "lead"},
    {
        "organisation": "korea-ministry-of-employment-and-labor",
        "programme": "ilo-sse-asia-phase-2",
        "role": "funder",
    },
    {
        "organisation": "nia",
        "programme": "ilo-sse-asia-phase-2",
        "role": "participant",
        "note_th": "ร่วมเวทีหารือเชิงนโยบาย 15 ธันวาคม 2566",
        "note_en": "Policy dialogue, 15 December 2023",
    },
    {
        "organisation": "osep",
        "programme": "ilo-sse-asia-phase-2",
        "role": "participant",
        "note_th": "ร่วมเวทีหารือเชิงนโยบาย 15 ธันวาคม 2566",
        "note_en": "Policy dialogue, 15 December 2023",
    },
    {
        "organisation": "ministry-of-labour",
        "programme": "ilo-sse-asia-phase-2",
        "role": "participant",
        "note_th": "ร่วมเวทีหารือเชิงนโยบาย 15 ธันวาคม 2566",
        "note_en": "Policy dialogue, 15 December 2023",
    },
    {
        "organisation": "chulalongkorn-university",
        "programme": "sse-university-consortium",
        "role": "partner",
        "note_th": "มหาวิทยาลัยผู้ร่วมก่อตั้ง",
        "note_en": "Founding member",
    },
    {
        "organisation": "mahidol-university",
        "programme": "sse-university-consortium",
        "role": "partner",
        "note_th": "มหาวิทยาลัยผู้ร่วมก่อตั้ง",
        "note_en": "Founding member",
    },
    {
        "organisation": "srinakharinwirot-university",
        "programme": "sse-university-consortium",
        "role": "partner",
        "note_th": "มหาวิทยาลัยผู้ร่วมก่อตั้ง",
        "note_en": "Founding member",
    },
    {
        "organisation": "thammasat-university",
        "programme": "sse-university-consortium",
        "role": "partner",
        "note_th": "มหาวิทยาลัยผู้ร่วมก่อตั้ง",
        "note_en": "Founding member",
    },
    {
        "organisation": "ilo",
        "programme": "sse-university-consortium",
        "role": "partner",
        "note_th": "แนะนำโครงการ SSE ในเอเชียในการประชุมครั้งแรก",
        "note_en": "Presented its SSE in Asia project at the first meeting",
    },
    # The SEE model networks
    {
        "organisation": "cooperative-academic-institute",
        "programme": "see-model-networks",
        "role": "lead",
    },
    {
        "organisation": "khao-khitchakut-agricultural-cooperative",
        "programme": "see-model-networks",
        "role": "participant",
    },
    {
        "organisation": "sampran-value-based-business-group",
        "programme": "see-model-networks",
        "role": "participant",
    },
    {
        "organisation": "yasothon-moral-rice-farmers-network",
        "programme": "see-model-networks",
        "role": "participant",
    },
]


# --- Events ----------------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "soil-workshop-bangkok-2019",
        "programme": "soil",
        "kind": "workshop",
        "title_th": "เวิร์กช็อป SOIL ครั้งที่ 1 ที่กรุงเทพฯ",
        "title_en": "First SOIL workshop, Bangkok",
        "summary_th": (
            "เวทีแลกเปลี่ยนครั้งแรกของนวัตกรสังคมไทยและญี่ปุ่น ต้นเดือนเมษายน 2562 "
            "ว่าด้วยการจ้างงานคนพิการและการท่องเที่ยวโดยชุมชน มีผู้แทนจากหน่วยงานรัฐ"
            "และองค์กรระหว่างประเทศร่วมรับฟัง"
        ),
        "summary_en": (
            "The first meeting of Thai and Japanese social innovators, in April 2019, on "
            "disability employment and community-based tourism, with government agencies and "
            "international organisations listening in."
        ),
        "start_date": "2019-04-01",
        "end_date": None,
        "province": "TH-10",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SOIL_POST, CHANGEFUSION_POSTS],
    },
    {
        "slug": "soil-workshop-tokyo-2019",
        "programme": "soil",
        "kind": "workshop",
        "title_th": "เวิร์กช็อป SOIL ครั้งที่ 2 ที่โตเกียว",
        "title_en": "Second SOIL workshop, Tokyo",
        "summary_th": (
            "คณะฝ่ายไทยเดินทางไปญี่ปุ่นในสัปดาห์แรกของเดือนกรกฎาคม 2562 มูลนิธินวัตกรรมทางสังคม"
            "ได้ศึกษางานของ Litalico และดูงานที่ Recruit Office Support "
            "ซึ่งมีพนักงานพิการเป็นส่วนใหญ่"
        ),
        "summary_en": (
            "The Thai side travelled to Japan in the first week of July 2019. The Social "
            "Innovation Foundation studied Litalico's services and visited Recruit Office "
            "Support, where most staff have a disability."
        ),
        "start_date": "2019-07-01",
        "end_date": None,
        "province": None,
        "city_th": "โตเกียว",
        "city_en": "Tokyo",
        "country": "JP",
        "participants": None,
        "sources": [CHANGEFUSION_POSTS],
    },
    {
        "slug": "incubator-playbook-workshop-2019",
        "programme": "social-incubation-playbook",
        "kind": "workshop",
        "title_th": "เวทีผู้บ่มเพาะทางสังคมเพื่อรวบรวมคู่มือการบ่มเพาะ",
        "title_en": "Incubators' workshop for the Social Incubation Playbook",
        "summary_th": (
            "UNDP รวบรวมผู้บ่มเพาะในกรุงเทพฯ เมื่อเดือนสิงหาคม 2562 "
            "เพื่อแบ่งปันวิธีการและเครื่องมือที่นำไปเรียบเรียงเป็นคู่มือ"
        ),
        "summary_en": (
            "In August 2019 UNDP gathered Bangkok's incubators to share the methods and tools "
            "that became the playbook."
        ),
        "start_date": "2019-08-01",
        "end_date": None,
        "province": "TH-10",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "tot-local-incubators-bangkok-2019",
        "programme": "tot-local-incubators-2019",
        "kind": "training",
        "title_th": "อบรมวิทยากรเพื่อผู้บ่มเพาะในท้องถิ่น 3 วัน ที่กรุงเทพฯ",
        "title_en": "Three-day Training of Trainers for local incubators, Bangkok",
        "summary_th": (
            "อบรมที่โรงแรมโนโวเทล เพลินจิต ระหว่างวันที่ 18–20 ตุลาคม 2562 "
            "ผู้เข้าร่วม 30 คนจากสี่ภูมิภาคฝึกใช้เครื่องมือจากคู่มือการบ่มเพาะทางสังคม"
        ),
        "summary_en": (
            "Held at Novotel Ploenchit on 18–20 October 2019, where 30 participants from four "
            "regions practised the tools of the Social Incubation Playbook."
        ),
        "start_date": "2019-10-18",
        "end_date": "2019-10-20",
        "province": "TH-10",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": 30,
        "sources": [CHANGEFUSION_POSTS, UNDP_TOT_POST],
    },
    {
        "slug": "sid-lower-northeast-2-launch-2020",
        "programme": "sid-lower-northeast-2",
        "kind": "meeting",
        "title_th": "แถลงข่าวเปิดหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม ภาคตะวันออกเฉียงเหนือตอนล่าง 2",
        "title_en": "Launch of the Lower Northeast 2 driving unit",
        "summary_th": ("มหาวิทยาลัยอุบลราชธานีและ สนช. แถลงข่าวเปิดโครงการประจำปีงบประมาณ 2563"),
        "summary_en": (
            "Ubon Ratchathani University and NIA announced the unit for fiscal year 2020."
        ),
        "start_date": "2020-02-06",
        "end_date": None,
        "province": "TH-34",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SID_UBON],
    },
    {
        "slug": "siv-phatthalung-site-visit-2020",
        "programme": "social-innovation-village",
        "kind": "study-trip",
        "title_th": "ลงพื้นที่ประเมินชุมชนเป้าหมายหมู่บ้านนวัตกรรมในจังหวัดพัทลุง",
        "title_en": "Site visits to candidate Social Innovation Village communities, Phatthalung",
        "summary_th": (
            "สนช. และมหาวิทยาลัยทักษิณ วิทยาเขตพัทลุง ลงพื้นที่ชุมชนศรีปากประ ชุมชนโตนดด้วน "
            "และชุมชนโคกม่วง เพื่อประเมินศักยภาพและคัดเลือกพื้นที่สำหรับปี 2564"
        ),
        "summary_en": (
            "NIA and Thaksin University's Phatthalung campus visited the Si Pak Pra, Tanot Duan "
            "and Khok Muang communities to assess them as sites for 2021."
        ),
        "start_date": "2020-10-15",
        "end_date": "2020-10-16",
        "province": "TH-93",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SIV_PHATTHALUNG_VISIT],
    },
    {
        "slug": "siv-khlong-pak-pra-briefing-2020",
        "programme": "social-innovation-village",
        "kind": "meeting",
        "title_th": "ประชุมชี้แจงแผนหมู่บ้านนวัตกรรมเพื่อสังคม ปี 2564 ชุมชนคลองปากประ",
        "title_en": "Briefing on the 2021 Social Innovation Village plan, Khlong Pak Pra",
        "summary_th": (
            "สนช. มหาวิทยาลัยทักษิณ และผู้แทนท้องถิ่นชี้แจงแผนงานที่ครอบคลุมตำบลลำปำ "
            "ตำบลชัยบุรี และตำบลพนางตุง จังหวัดพัทลุง"
        ),
        "summary_en": (
            "NIA, Thaksin University and local representatives explained the plan covering Lam "
            "Pam, Chai Buri and Phanang Tung subdistricts of Phatthalung."
        ),
        "start_date": "2020-12-23",
        "end_date": None,
        "province": "TH-93",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SIV_PAK_PRA],
    },
    {
        "slug": "sid-southern-gulf-launch-2020",
        "programme": "sid-southern-gulf",
        "kind": "meeting",
        "title_th": "เปิดตัวหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม ภาคใต้ฝั่งอ่าวไทย ปีงบประมาณ 2564",
        "title_en": "Launch of the Southern Gulf driving unit for fiscal year 2021",
        "summary_th": (
            "สนช. และมหาวิทยาลัยทักษิณ วิทยาเขตพัทลุง เปิดตัวหน่วยพร้อมจัดแสดงผลงานนวัตกรรม "
            "โดยรองผู้ว่าราชการจังหวัดพัทลุงเป็นประธาน"
        ),
        "summary_en": (
            "NIA and Thaksin University's Phatthalung campus relaunched the unit with an "
            "exhibition of innovations, opened by Phatthalung's deputy governor."
        ),
        "start_date": "2020-12-24",
        "end_date": None,
        "province": "TH-93",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SID_THAKSIN_2020],
    },
    {
        "slug": "sid-central-northeast-launch-2021",
        "programme": "sid-central-northeast",
        "kind": "meeting",
        "title_th": "แถลงข่าวเปิดหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคม SID-ESAN",
        "title_en": "Launch of the SID-ESAN driving unit",
        "summary_th": (
            "มหาวิทยาลัยมหาสารคามและ สนช. แถลงข่าวเปิดหน่วย โดยมีผู้ว่าราชการจังหวัดมหาสารคาม"
            "และผู้อำนวยการ สนช. ร่วมงาน"
        ),
        "summary_en": (
            "Mahasarakham University and NIA announced the unit, with the governor of Maha "
            "Sarakham and NIA's director taking part."
        ),
        "start_date": "2021-02-16",
        "end_date": None,
        "province": "TH-44",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SID_MSU, SID_MSU_NIA],
    },
    {
        "slug": "siv-idea-hacks-final-2021",
        "programme": "social-innovation-village",
        "kind": "conference",
        "title_th": "รอบนำเสนอสุดท้าย Social Innovation Village: Idea Hacks",
        "title_en": "Social Innovation Village: Idea Hacks final pitching",
        "summary_th": (
            "ชุมชน 20 แห่งจากผู้สมัคร 180 แห่งทั่วประเทศนำเสนอผลงานรอบสุดท้ายทางออนไลน์ "
            "มีผลงานได้รับรางวัลประเภทต้นแบบหมู่บ้านนวัตกรรม 8 ผลงาน และรางวัลนวัตกรผู้สร้าง"
            "ผลกระทบทางสังคม 6 คน"
        ),
        "summary_en": (
            "An online final in which 20 of 180 communities from across the country pitched; 8 "
            "entries won Social Innovation Village Model awards and 6 people won Social Impact "
            "Innovator awards."
        ),
        "start_date": "2021-09-27",
        "end_date": None,
        "province": None,
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SIV_IDEA_HACKS_2021],
    },
    {
        "slug": "nia-startup-innovation-expo-2023-keynote",
        "programme": "ilo-sse-asia-phase-2",
        "kind": "conference",
        "title_th": "ปาฐกถาเรื่องเศรษฐกิจสังคมและสมานฉันท์ในงาน Startup x Innovation Thailand Expo 2023",
        "title_en": "SSE keynote at the Startup x Innovation Thailand Expo 2023",
        "summary_th": (
            "ปาฐกถาหัวข้อ “A Global Trend towards SDGs: Creating Social Innovation through the "
            "Social and Solidarity Economy Concept” ในงานที่ สนช. เป็นเจ้าภาพ "
            "ชวนทุกภาคส่วนร่วมกันสร้างนวัตกรรมสังคมผ่านเศรษฐกิจสังคมและสมานฉันท์"
        ),
        "summary_en": (
            "The keynote “A Global Trend towards SDGs: Creating Social Innovation through the "
            "Social and Solidarity Economy Concept”, given at the expo hosted by NIA, called on "
            "all sectors to build social innovation through the SSE."
        ),
        "start_date": "2023-06-23",
        "end_date": None,
        "province": None,
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "sse-consortium-first-meeting-2023",
        "programme": "sse-university-consortium",
        "kind": "meeting",
        "title_th": "ประชุมหารือการจัดตั้งภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์",
        "title_en": "Meeting on forming the SSE university consortium",
        "summary_th": (
            "ผู้แทนจุฬาฯ มหิดล มศว และธรรมศาสตร์ หารือเป้าหมายและแผนงานของภาคี "
            "และรับฟังการแนะนำโครงการ SSE ในเอเชีย ระยะที่ 2 จาก ILO"
        ),
        "summary_en": (
            "Representatives of Chulalongkorn, Mahidol, Srinakharinwirot and Thammasat discussed "
            "the consortium's aims and plan and heard the ILO present phase 2 of its SSE in Asia "
            "project."
        ),
        "start_date": "2023-06-27",
        "end_date": None,
        "province": None,
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "sse-consortium-second-meeting-2023",
        "programme": "sse-university-consortium",
        "kind": "meeting",
        "title_th": "การประชุมภาคีมหาวิทยาลัยด้านเศรษฐกิจสังคมและสมานฉันท์ ครั้งที่ 2",
        "title_en": "Second meeting of the SSE university consortium",
        "summary_th": "การประชุมครั้งถัดไปตามที่ภาคีนัดหมายไว้ในการประชุมครั้งแรก",
        "summary_en": "The follow-up meeting the consortium scheduled at its first meeting.",
        "start_date": "2023-07-24",
        "end_date": None,
        "province": None,
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [ILO_NEWS],
    },
    {
        "slug": "siv-idea-hacks-nakhon-si-thammarat-2023",
        "programme": "social-innovation-village",
        "kind": "workshop",
        "title_th": "Social Innovation Village: Idea Hacks 2023 เวทีนครศรีธรรมราช",
        "title_en": "Social Innovation Village: Idea Hacks 2023, Nakhon Si Thammarat",
        "summary_th": ("พอช. และ สนช. จัดกิจกรรมให้ความรู้แก่ชุมชนที่สนใจใช้นวัตกรรมพร้อมใช้แก้ปัญหาในพื้นที่ของตน"),
        "summary_en": (
            "CODI and NIA ran training for communities interested in using ready-made "
            "innovations on their own problems."
        ),
        "start_date": "2023-07-09",
        "end_date": "2023-07-11",
        "province": "TH-80",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SIV_IDEA_HACKS_2023],
    },
    {
        "slug": "ilo-sse-policy-dialogue-2023",
        "programme": "ilo-sse-asia-phase-2",
        "kind": "meeting",
        "title_th": "เวทีหารือเชิงนโยบายเรื่องเศรษฐกิจสังคมและสมานฉันท์ในประเทศไทย",
        "title_en": "Policy dialogue on the social and solidarity economy in Thailand",
        "summary_th": (
            "ILO ทบทวนแผนงานการศึกษาเศรษฐกิจสังคมและสมานฉันท์ในประเทศไทยกับผู้แทน"
            "กระทรวงแรงงาน กระทรวงเกษตรและสหกรณ์ สนช. สำนักงานสภาพัฒนาการเศรษฐกิจและสังคม"
            "แห่งชาติ สำนักงานส่งเสริมวิสาหกิจเพื่อสังคม สำนักงานประกันสังคม องค์กรนายจ้างและลูกจ้าง และนักวิจัย"
        ),
        "summary_en": (
            "The ILO reviewed the workplan of its study of Thailand's social and solidarity "
            "economy with the Ministry of Labour, the Ministry of Agriculture and Cooperatives, "
            "NIA, NESDC, OSEP, the Social Security Office, employers' and workers' "
            "organisations and researchers."
        ),
        "start_date": "2023-12-15",
        "end_date": None,
        "province": None,
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [ILO_DIALOGUE],
    },
    {
        "slug": "sid-southern-region-launch-2024",
        "programme": "sid",
        "kind": "meeting",
        "title_th": "เปิดตัวหน่วยขับเคลื่อนนวัตกรรมเพื่อสังคมประจำพื้นที่ภาคใต้ ปีงบประมาณ 2567",
        "title_en": "Launch of the southern region driving unit for fiscal year 2024",
        "summary_th": (
            "สนช. และอุทยานวิทยาศาสตร์และนวัตกรรมสังคม มหาวิทยาลัยทักษิณ เปิดตัวหน่วย"
            "ที่จังหวัดพัทลุง พร้อมบรรยายเรื่องการพัฒนานวัตกรรมเชิงพื้นที่"
        ),
        "summary_en": (
            "NIA and Thaksin University's Science and Social Innovation Park launched the unit "
            "in Phatthalung, with a talk on area-based innovation."
        ),
        "start_date": "2024-04-29",
        "end_date": None,
        "province": "TH-93",
        "city_th": "",
        "city_en": "",
        "country": "TH",
        "participants": None,
        "sources": [SID_SOUTH_2024],
    },
]
