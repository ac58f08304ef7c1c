"""Korean words: particles, titles, organisation endings, countries and the words that are no
names, and the tests built on them -- a token without its particle (`bare`), the title it is
(`title_word`), the organisation it names (`org_word`), whether it looks like a name
(`name_like`). Shared by the actor finder and the Korean rule set."""
from __future__ import annotations

import functools
import re

PARTICLE_RE = re.compile(r"(?:으로부터|에게서|으로서|이라고|라고|에서는|에서|에게|께서|으로|부터|까지|처럼|보다|과의|와의|"
                         r"은|는|이|가|을|를|의|에|과|와|도|로|만|측)$")
TITLES = ("권한대행", "직무대행", "대변인", "장관", "차관", "총재", "부회장", "회장", "사장", "원내대표", "대표", "의장", "의원", "위원장", "교수",
          "총리", "대통령", "청장", "시장", "지사", "이사장", "실장", "국장", "본부장", "비서관", "대사", "소장",
          "원장", "처장", "부총리", "총장", "감독", "판사", "부장판사", "재판관", "대법관", "검사장", "검찰총장", "변호사", "연구위원", "애널리스트", "상무", "전무", "부총재",
          "지부장", "지회장", "단장", "사무총장", "대변인실장", "연구원", "팀장", "센터장", "부장", "이사", "부문장",
          "사업부장", "연구소장", "지점장", "전문연구원", "책임연구원", "선임연구원", "수석연구원", "위원", "최고경영자",
          "주임", "대표이사", "주석", "총통", "차장", "부통령", "차관보", "특보", "특사", "서장", "교육감", "군수",
          "사령관", "박사", "기동대장", "수사대장", "이코노미스트", "총영사", "국왕", "총괄공사", "정무공사", "경제공사",
          # Japanese ministers ("이와야 다케시 일본 외무상")
          "외무상", "방위상", "재무상", "총무상", "법무상", "경제산업상", "문부과학상", "후생노동상", "국토교통상",
          "농림수산상", "환경상", "경제재생상", "디지털상",
          # an NGO's activist ("장하나 정치하는엄마들 활동가는")
          "활동가")
# researchers' ranks that end like an institute ("전문연구원"): titles, not organisations
RESEARCHER_TITLES = ("전문연구원", "책임연구원", "선임연구원", "수석연구원")
ORG_END_RE = re.compile(r"(?:(?:[가-힣]{2,8}|[A-Z]{1,4}[가-힣]{0,6})(?:부|청|처|은행|위원회|협회|연합회|연합|연맹|재단|공사|공단|연구원|연구소|대학교|"
                        r"민주당|당|국회|전자|그룹|하이닉스|자동차|통신|기구|군|정부|연대|련|노조|노총|협의회|거래소|"
                        r"조합|지부|공단|의회|학회|기동대|수사대|수사단|진흥원|평가원|개발원|부동산원|총협회|지법|지검|고법|고검|법원|검찰청|감독원|"
                        r"증권|자산운용|보험|캐피탈|건설|중공업|제약|항공|정보원|지회|소방서|경찰서|세무서|중앙회|"
                        # company names by their last word ("한화오션", "HD한국조선해양", "LG에너지솔루션")
                        r"오션|조선해양|에어로스페이스|로직스|솔루션|케미칼|물산|홀딩스|회의소|재난본부|"
                        # and by a trade's word ("한빛조선", "현대미포조선", "대한해운", "현대제철", "교보생명")
                        r"조선|해운|제철|상선|생명|"
                        r"안보실|비서실|정책실|판공실|사무국|신문|일보|통신사)"
                        r"|현대차|기아|삼성|롯데|한화|포스코|네이버|카카오|쿠팡|셀트리온"
                        r"|판공실|국회|국민의힘|안보리|유엔|합참|대통령실|청와대|총리실|국무조정실|백악관|크렘린궁|펜타곤|대법원|"
                        r"헌법재판소|헌재|감사원|"  # (the constitutional court and the audit board: no organisation ending)
                        r"시의회|도의회|구의회|군의회|SK[가-힣A-Za-z]*|LG[가-힣A-Za-z]*"
                        r"|[가-힣]{1,6}대사관|[가-힣]{1,6}영사관|유럽연합|아프리카연합|국제연합"
                        r"|(?:삼성|현대|포스코|한화|롯데|두산|효성|코오롱|한국|대한)[A-Z]{2,4}"  # 삼성SDI, 포스코DX: a group's company
                        r"|KBS|MBC|SBS|YTN|JTBC|EBS|KDI|KOTRA"
                        r"|(?:외무|국방|법무|재무|경제산업|문부과학|후생노동|국토교통|총무|방위|인민무력)성)$")
# well-known companies written in Hangul with no company ending (whole words only: "파인애플" is no 애플)
KNOWN_COMPANIES = frozenset("엔비디아 애플 구글 마이크로소프트 아마존 테슬라 인텔 퀄컴 브로드컴 마이크론 오픈AI 알파벳 메타 "
                            "화웨이 샤오미 알리바바 텐센트 바이트댄스 폭스바겐 도요타 혼다 닛산 소니 파나소닉 보잉 에어버스 "
                            "월마트 골드만삭스 모건스탠리 블랙록 TSMC ASML AMD BYD CATL".split())
DEPT_RE = re.compile(r"[가-힣A-Za-z]{2,12}(?:학과|학부|전공|대학원)")  # 보건행정학과 교수: in the title
GENERIC = frozenset("정부 야당 여당 정당 당국 우리당 양당 대기업 중견기업 중소기업 면죄부 본부 대학교 시청 구청 군청 도청 일부 외부 내부 전부 간부 노조 법원 증권사 "
                    "검찰 인터넷전문은행 시중은행 지방은행 중앙은행 저축은행 금융당국 관계부처 관계당국 정부부처 부처 "
                    "지자체 당정 지도부 수뇌부 집행부".split())
# words with an organisation's ending that name a place or a region ("명동성당", "한식당", "동남부")
NOT_ORG_RE = re.compile(r"(?:식당|성당|강당|서당|사당|법당|회당|훈련|위험군|(?:시간|개|인|명|가구|건|회)당|(?:동|서|남|북|중)(?:남|북|서|동)?부)$")  # ("연합훈련")
COUNTRIES = {"한국": "한국", "남한": "한국", "남측": "한국", "북한": "북한", "북측": "북한", "미국": "미국", "일본": "일본", "중국": "중국", "러시아": "러시아",
             "우크라이나": "우크라이나", "영국": "영국", "프랑스": "프랑스", "독일": "독일", "평양": "북한", "워싱턴": "미국",
             "도쿄": "일본", "베이징": "중국", "모스크바": "러시아", "대만": "대만", "이스라엘": "이스라엘", "이란": "이란",
             "쿠웨이트": "쿠웨이트", "사우디아라비아": "사우디아라비아", "사우디": "사우디아라비아", "이라크": "이라크",
             "시리아": "시리아", "베트남": "베트남", "태국": "태국", "필리핀": "필리핀", "인도네시아": "인도네시아",
             "호주": "호주", "캐나다": "캐나다", "브라질": "브라질", "멕시코": "멕시코", "이탈리아": "이탈리아",
             "스페인": "스페인", "튀르키예": "튀르키예", "터키": "튀르키예", "이집트": "이집트", "폴란드": "폴란드",
             "네덜란드": "네덜란드", "스위스": "스위스", "몽골": "몽골", "카타르": "카타르", "싱가포르": "싱가포르",
             "말레이시아": "말레이시아", "미얀마": "미얀마", "요르단": "요르단", "레바논": "레바논", "헝가리": "헝가리"}
NOT_NAMES = frozenset("이날 오늘 어제 내일 또한 한편 정부 당국 관계자 업계 양쪽 한쪽 쌍방 대기업 중견기업 중소기업 공기업 공공기관 전문가들 전문가 양측 여야 야당 여당 경쟁사인 "
                      "경쟁사 정례브리핑 기자간담회 이번 올해 내년 지난 현지 이에 대해 관해 대한 따라 위해 통해 함께 "
                      # places and people in general, before a title ("공장 인근 상인회 회장", "지역 주민 대표")
                      "인근 공장 현장 지역 주변 일대 부근 시내 거리 주민 시민 상인 직장인 학생 학부모 근로자 노동자 "
                      "관계자들 업체 기업 단체 마을 아파트 단지 학교 병원 회사 대학병원 종합병원 "
                      # modifiers before a title ("해당 의원", "신임 위원장", "소속 의원들")
                      "해당 소속 현직 전직 담당 관련 복수 다수 주요 고위 신임 전임 후임 차기 초대 역대 당시 현재 "
                      "같은 다른 모든 여러 상임 명예 선임 책임 공동 일반 양국 자국 상대 "
                      # "stationed in" before an envoy's title ("주한 영국대사")
                      "주한 주미 주일 주중 주러 주영 주독 주불 주유엔 주북 "
                      "이와 관련해 이어 또 다만 반면 특히 아울러 "
                      # adverbs that read like names ("금리 동결은 이미 시장에")
                      "이미 아직 이제 다시 모두 가장 매우 더욱 계속 여전히 결국 역시 당초 우선 먼저 "
                      # two countries' talks ("한중 외교장관 회담")
                      "한중 한미 한일 북중 북미 남북 한미일 한중일 북러 미중".split())
POSTED_RE = re.compile(r"주(?:한|미|일|중|러|영|독|불|유엔|북)")
# a city's or province's government by its short name ("서울시", "부산시", "경기도"): no person's name though "서울시"
# reads like one (서 is a surname), and a body between a name and its title ("김은주 서울시 재난안전관리실장")
_CITIES = ("서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 고양 용인 창원 청주 전주 천안 안산 안양 김해 포항 제주 화성 평택 의정부 파주 "
           "시흥 김포 광명 경기 강원 충북 충남 전북 전남 경북 경남").split()
CITY_NAMES = frozenset(_CITIES)  # (bare: a place, no body)
CITY_GOV_RE = re.compile(r"(?:" + "|".join(_CITIES) + r")(?:시|도)")


@functools.lru_cache(maxsize=8192)
def without_particle(word: str) -> str:
    """The token without a trailing particle ("미국은" -> "미국"), cached: tokens repeat."""
    return PARTICLE_RE.sub("", word)


@functools.lru_cache(maxsize=8192)
def bare(word: str) -> str:
    """A token without its particle ("장관은" -> "장관"; "한국은행" keeps its 행)."""
    if ORG_END_RE.search(word) or word in COUNTRIES or word.endswith(TITLES):
        return word
    b = without_particle(word)
    return b if len(b) >= 1 else word


MARKET_RE = re.compile(r"(?:금융|주식|외환|채권|부동산|증권|노동|전통|자본|수출|내수|국내|해외|글로벌|원자재|석유|가상자산|"
                       r"코인|중고차|분양|전세|월세)시장$")


@functools.lru_cache(maxsize=8192)
def title_word(word: str) -> str | None:
    """The title a token is, without its particle ("장관은" -> "장관"); not a market ("주식시장")."""
    b = without_particle(word)
    return b if b.endswith(TITLES) and (not ORG_END_RE.search(b) or b.endswith(RESEARCHER_TITLES)) \
        and not MARKET_RE.search(b) else None


def is_title(word: str) -> bool:
    """Is the token a title (with or without its particle)?"""
    return title_word(word) is not None


@functools.lru_cache(maxsize=8192)
def org_word(word: str) -> str | None:
    """The organisation a token names by its ending, without its particle; not a country, a title or
    a generic word ("정부", "법원")."""
    b = without_particle(word)
    if b in COUNTRIES or b in GENERIC or NOT_ORG_RE.search(b) and not b.endswith("노동부"):
        return None
    if b.endswith(TITLES) and not (b.endswith("연구원") and len(b) > 3 and not b.endswith(RESEARCHER_TITLES)):
        return None  # a title ("대변인"), but "한국개발연구원" is an institute, "연구원" alone a researcher
    return b if ORG_END_RE.search(b) and len(b) >= 2 or b in KNOWN_COMPANIES else None


# Korean family names (one syllable); "상인회" before "회장" is an association, "김영회" a name
SURNAMES = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 "
                     "성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 "
                     "기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉".split())
PLURAL_RE = re.compile(r"들[이은을의도]?$")
# a predicate ending a clause or a sentence ("반발했다", "밝혔다", "있다", "했으며"): no name
VERB_END_RE = re.compile(r"(?:했다|혔다|였다|었다|았다|있다|없다|한다|된다|이다|했으며|하며|하고|했고)$"
                         r"|^[가-힣]{2}(?:된|될|던)$")  # "기소된 한국가스공사 전 사장": a verb's adnominal form, no name


# people who speak as a group, unnamed ("…다는 게 상인들의 하소연이다", "전문가들은 …고 진단했다"), and the unnamed sources
GROUP_SPEAKERS = frozenset("전문가 상인 주민 시민 학부모 소식통 관계자 당국자 농민 어민 근로자 노동자 직원 환자 교사 학생 소비자 "
                           "투자자 경제학자 자영업자 유족 피해자 주주 이용자 승객 누리꾼 네티즌 업주 운전자 세입자 전공의 간호사 "
                           "기업인 연구자 학자 참석자 참가자 목격자 외교관 분석가 관측통 소상공인".split())


@functools.lru_cache(maxsize=8192)
def speaking_group(word: str) -> str | None:
    """The group a word names, without its plural 들 ("상인들" -> "상인", "외교관" -> "외교관"), when its people speak
    (GROUP_SPEAKERS, or a word ending in one: "경제전문가"); else None."""
    head = word[:-1] if word.endswith("들") and len(word) > 2 else word
    return head if head in GROUP_SPEAKERS or head.endswith(("관계자", "당국자", "소식통", "전문가")) else None


@functools.lru_cache(maxsize=8192)
def plain_topic(head: str) -> str:
    """A topic's word without the honorific subject marker and a title's honorific 님 ("할머니께서" -> "할머니", "교수님" ->
    "교수", "장관님께서" -> "장관"); "선생님" is a word of its own and keeps its 님."""
    head = head[:-2] if head.endswith("께서") and len(head) > 2 else head
    return head[:-1] if head.endswith("님") and head != "선생님" and is_title(head[:-1]) else head


@functools.lru_cache(maxsize=8192)
def name_like(word: str) -> bool:
    """Could the token be (part of) a name: two to four syllables, no common word, organisation,
    country or title?"""
    return (bool(re.fullmatch(r"[가-힣]{2,4}", word)) and word not in NOT_NAMES and not org_word(word)
            and not PLURAL_RE.search(word)  # "기업들이": people in general
            and not VERB_END_RE.search(word) and not (len(word) >= 3 and word.endswith("회") and word[0] not in SURNAMES)
            and word not in COUNTRIES and not word.endswith(TITLES) and not without_particle(word).endswith(TITLES)
            and not CITY_GOV_RE.fullmatch(word))


__all__ = ["GROUP_SPEAKERS", "plain_topic", "speaking_group", "CITY_GOV_RE", "CITY_NAMES", "COUNTRIES", "DEPT_RE", "NOT_NAMES", "POSTED_RE", "PARTICLE_RE", "SURNAMES", "TITLES", "bare", "is_title", "name_like", "org_word",
           "title_word", "without_particle"]
