"""dev21 texts: Gaza, West Bank, Israel; Lebanon; Syria, Iraq, Turkey; Yemen.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- Gaza, West Bank, Israel

F(
    "Khan Younis evacuation orders uproot 250,000 in four days",
    "Israeli military evacuation orders covering eastern Khan Younis have displaced [[about 250,000 people|displaced;a=UNRWA]] in {{four days}}, UNRWA said on Thursday. "
    "About {{86 percent}} of the Gaza Strip is now under evacuation orders, the agency said. "
    "Families are crowding into the Mawasi area, where [[more than 1.5 million people|displaced;a=aid groups]] are now sheltering, according to aid groups.",
)

F(
    "Gaza live: bodies recovered in Jabalia, thousands flee north Gaza",
    "{{16:30}} – Gaza's civil defence says its crews have recovered [[12 bodies|killed;a=Gaza's civil defence]] from the rubble of a house in Jabalia, and [[at least 20 people|missing;a=Gaza's civil defence]] are still under the debris. "
    "{{16:55}} – The UN says [[about 100,000 people|displaced;a=The UN]] have fled northern Gaza for Gaza City since the Israeli operation there began {{three weeks ago}}.",
)

F(
    "Half a million cross back to northern Gaza as ceasefire holds",
    "[[More than 500,000 people|returned;a=the UN]] have crossed from southern to northern Gaza since the Netzarim corridor reopened on {{January 27}}, the UN said on Sunday. "
    "[[About 4,200 aid trucks|aid]] entered the Strip in the {{first week}} of the truce. "
    "Many returnees found their homes destroyed and have pitched tents on the rubble.",
)

F(
    "Gaza City schools shelter 160,000",
    "[[About 160,000 people|displaced;a=the UN agency for Palestinian refugees]] are sheltering in [[about 100 schools|capacity;a=the UN agency for Palestinian refugees]] and other buildings in Gaza City, the UN agency for Palestinian refugees said, many of them with no running water. "
    "An Israeli strike on the Salah al-Din school on Saturday killed [[at least 17 people|killed;a=the civil defence]], the civil defence said.",
)

F(
    "Israeli raids empty West Bank refugee camps",
    "[[About 40,000 Palestinians|displaced;a=UNRWA]] have been forced from the Jenin, Tulkarm and Nur Shams refugee camps since the Israeli operation began in {{January}}, UNRWA said, the largest displacement in the West Bank since {{1967}}. "
    "The Palestinian health ministry said [[at least 26 people|killed;a=The Palestinian health ministry]] had been killed in Jenin. "
    "The Israeli military said it had arrested [[more than 200 wanted suspects|arrested;a=The Israeli military]].",
)

F(
    "Tens of thousands of northern Israelis still out of their homes",
    "[[About 60,000 Israelis|displaced;a=the government]] evacuated from communities near the Lebanese border in {{October 2023}} had not gone home a year later, the government said. "
    "[[Some 15,000|displaced;a=the Tourism Ministry]] are still living in hotels paid for by the state, according to the Tourism Ministry. "
    "[[More than 1,000 buildings|housing;a=local councils]] in the area have been damaged by Hezbollah fire, local councils say.",
)

# ---------------------------------------------------------------- Lebanon

F(
    "Lebanon: up to a million may be displaced, prime minister says",
    "[[Up to 1 million people|displaced;a=Prime Minister Najib Mikati]] may have been displaced by Israeli strikes across southern and eastern Lebanon, Prime Minister Najib Mikati said on Sunday, possibly the largest displacement in the country's history. "
    "The government has opened [[more than 900 collective shelters|capacity;a=The government]] in schools and public buildings, and most are already full, it said.",
)

F(
    "Hundreds of thousands cross from Lebanon into Syria",
    "Syrian authorities say [[about 310,000 people|displaced;a=Syrian authorities]] have crossed from Lebanon since {{September 23}}, roughly {{70 percent}} of them Syrians. "
    "An Israeli strike near the Masnaa crossing on Friday cut the main road, and [[hundreds of families|displaced]] were seen carrying their belongings across on foot.",
)

F(
    "Displaced Lebanese stream south after truce, but many villages off limits",
    "[[Hundreds of thousands of people|returned]] drove back toward southern Lebanon on Wednesday morning as the ceasefire took effect, their cars piled with mattresses. "
    "The Lebanese army warned residents not to return yet to [[more than 60 villages|other;a=The Lebanese army]] along the border. "
    "IOM said [[about 100,000 people|displaced;a=IOM]] were still displaced {{two weeks}} later.",
)

F(
    "Lebanon health ministry: 3,123 killed since October 2023",
    "Israeli attacks have killed [[3,123 people|killed;a=the health ministry]] in Lebanon since {{October 2023}} and wounded [[13,817|injured;a=the health ministry]], the health ministry said on Thursday. "
    "[[About 1.2 million people|displaced;a=the government's emergency committee]] have been displaced, according to the government's emergency committee.",
)

# ---------------------------------------------------------------- Syria, Iraq, Turkey

F(
    "Northwest Syria: 280,000 displaced in a week of fighting",
    "Since {{26 November}}, [[more than 280,000 people|displaced;a=OCHA]] have been displaced across Idlib and northern Aleppo governorates, OCHA said in its latest flash update, [[about 96,000|displaced;a=OCHA]] of them children. "
    "Partners have opened [[62 new reception centres|capacity]] in schools and mosques. "
    "[[At least 11 camps|capacity]] for displaced people near the Turkish border are reported to be over capacity.",
)

F(
    "Alawite families flee Syrian coast into northern Lebanon",
    "[[About 10,000 Syrians|displaced;a=Lebanese officials in Akkar]] have crossed into northern Lebanon since violence erupted on Syria's coast, Lebanese officials in Akkar said, many of them Alawites sheltering in mosques and with relatives. "
    "The Syrian Observatory for Human Rights, a Britain-based war monitor, said [[more than 1,000 civilians|killed;a=The Syrian Observatory for Human Rights]] had been killed in the coastal provinces.",
)

F(
    "UNHCR: half a million Syrians have returned since Assad fell",
    "[[More than 500,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries since {{December 8}}, UNHCR said, and [[about 1.2 million internally displaced people|returned;a=UNHCR]] have gone back to their areas of origin. "
    "The agency said [[about 6 million Syrian refugees|displaced;a=The agency;alt=UNHCR]] remain abroad, most of them in Turkey, Lebanon and Jordan.",
)

F(
    "Quake in Syria may have left 5.3 million homeless, UN says",
    "[[As many as 5.3 million people|displaced;a=Sivanka Dhanapala]] in Syria may have been left homeless by the earthquake, Sivanka Dhanapala, UNHCR's representative in the country, told reporters on Friday. "
    "In neighbouring Turkey, [[more than 1.5 million people|displaced;a=officials]] are living in tents and container cities, officials said, and [[about 160,000 buildings|housing;a=officials]] collapsed or were severely damaged.",
)

F(
    "Iraq's last camps in Kurdistan region to close",
    "[[About 4,800 families|returned;a=Iraq's migration ministry]] left camps in the Kurdistan region for their home areas last year, Iraq's migration ministry said, and [[the remaining 24,000 households|displaced;a=Iraq's migration ministry]] in [[21 camps|capacity;a=Iraq's migration ministry]] will be helped to return with a grant of {{4 million dinars}} each. "
    "Many of the camp residents are Yazidis from Sinjar.",
)

F(
    "Iraq brings home 600 more from Syria's al-Hol camp",
    "[[About 600 Iraqis|returned;a=Iraq's migration ministry]], most of them women and children, were brought back from al-Hol camp in north-east Syria on Tuesday, Iraq's migration ministry said, in the {{14th}} such transfer. "
    "[[Roughly 40,000 people|displaced]] still live in the camp, which is guarded by the Kurdish-led Syrian Democratic Forces.",
)

# ---------------------------------------------------------------- Yemen

F(
    "Yemen: DTM tracks new displacement in Marib and Taiz",
    "Between {{1 January}} and {{30 June}}, IOM's Displacement Tracking Matrix tracked [[2,106 households|displaced;a=IOM's Displacement Tracking Matrix]] ([[12,636 individuals|displaced;a=IOM's Displacement Tracking Matrix]]) newly displaced at least once across Yemen. "
    "Most moved within Marib governorate, where [[about 200 displacement sites|capacity]] host people who have fled repeatedly since {{2015}}.",
)

F(
    "Floods tear through displacement sites in Hajjah and Hodeidah",
    "Flash floods killed [[at least 40 people|killed;a=the Houthi-run health ministry]] in Hajjah and Hodeidah governorates, the Houthi-run health ministry said, and [[four people|missing;a=the Houthi-run health ministry]] are missing. "
    "The UN said [[more than 300,000 people|civilians;a=The UN]] had been affected and [[about 4,600 tents|housing;a=The UN]] in displacement sites damaged or washed away.",
)

F(
    "Houthis detain UN staff in Sanaa",
    "Houthi authorities have detained [[13 UN staff members|arrested;n=staff members;a=the UN]] in Sanaa in raids on homes and offices since Monday, the UN said, in addition to [[dozens of staff|arrested;a=the UN]] of aid groups and civil society organisations. "
    "The WFP said it had paused food distributions that reached [[about 3 million people|aid;a=The WFP]] a month in the north.",
)
