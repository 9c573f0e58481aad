"""dev64 items: Yemen (cholera, diphtheria, measles, polio, famine, hospitals hit, food aid)
and Syria (Idlib hospitals, al-Hol, Ghouta and Aleppo evacuations, cholera, Rukban).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Yemen cholera outbreak passes one million suspected cases",
    "Yemen's cholera outbreak has passed [[1 million suspected cases|other;a=the World Health Organization]] since {{April 2017}}, the World Health Organization said, and [[at least 2,200 people|killed;a=the World Health Organization]] have died. "
    "{{More than a quarter}} of the cases are children {{under five}}, it said.",
)

F(
    "Diphtheria returns to Yemen",
    "Yemen recorded [[more than 1,300 suspected diphtheria cases|other;a=the WHO]] and [[73 deaths|killed;a=the WHO]] in {{2018}}, the WHO said, the {{first}} outbreak in the country since {{1992}}. "
    "A vaccination campaign targeted [[2.7 million children|aid;p]] {{aged six weeks to 15 years}} in [[11 governorates|other;u=other]].",
)

F(
    "Air strike destroys MSF-supported hospital in Saada",
    "An air strike destroyed the MSF-supported Haydan hospital in Saada province overnight, the charity said, adding that its staff and patients had left minutes earlier and no one was hurt. "
    "The hospital had served [[about 200,000 people|civilians]], and MSF said it had treated [[more than 3,400 patients|aid;a=MSF]] there in the previous {{six months}}.",
)

F(
    "Famine warnings for Yemen's Hajjah and Hodeidah",
    "[[About 16.2 million Yemenis|civilians;a=the IPC]] face crisis levels of hunger or worse, the IPC said, and [[up to 47,000 people|civilians;a=the IPC]] live in famine-like conditions in districts of Hajjah, Amran and al-Jawf. "
    "[[Some 2.2 million children|civilians;a=UNICEF]] are acutely malnourished, [[nearly 400,000|civilians;a=UNICEF]] of them severely, according to UNICEF.",
)

F(
    "WFP cuts rations in northern Yemen",
    "WFP said it would halve rations for [[8 million people|aid;p;a=WFP]] in areas held by the Houthis from {{January}} because of a {{$500 million}} funding gap. "
    "Each family ration holds {{75 kilograms}} of wheat flour, it said, and will now arrive every {{eight weeks}} instead of every {{four}}.",
    ["every four"],
)

F(
    "Measles and polio spread among Yemen's unvaccinated children",
    "The WHO said Yemen had recorded [[about 34,000 suspected measles cases|other;a=The WHO]] and [[more than 400 deaths|killed;a=The WHO]] in {{2023}}, the highest toll in the region. "
    "[[At least 230 children|other;a=the agency;alt=The WHO]] have been paralysed by vaccine-derived polio ({{cVDPV2}}) since {{2021}}, most in the north, the agency said.",
)

F(
    "Hospitals in Hodeidah struggle as fighting nears",
    "Al-Thawra hospital in Hodeidah, the largest in western Yemen, has [[about 500 beds|capacity]] and was receiving [[dozens of wounded|injured;a=staff]] a day, staff said. "
    "Save the Children said [[at least 59 children|injured;a=Save the Children]] had been treated for war wounds at the hospital in {{two weeks}}.",
)

F(
    "Yemen funding short as appeal opens",
    "The UN said its {{2024}} humanitarian response plan for Yemen required {{$2.7 billion}} and was {{only 19%}} funded by {{September}}. "
    "The food security cluster said households needed about {{2,100 kilocalories}} a person a day and that Marib's camps had {{15 litres}} of water per person.",
)

F(
    "Cholera cases rise in Marib displacement camps",
    "The International Organization for Migration said [[more than 4,700 suspected cholera cases|other;a=The International Organization for Migration]] had been recorded in Marib's displacement sites since {{March}}, where [[about 1 million displaced people|displaced;a=The International Organization for Migration]] live. "
    "It has opened [[four oral rehydration points|capacity;a=The International Organization for Migration]] and delivered [[4,000 hygiene kits|aid;a=The International Organization for Migration]], it said.",
)

F(
    "Hospitals bombed in Idlib offensive",
    "[[At least 24 health facilities|housing;a=the WHO]] in north-west Syria were hit by air strikes or shelling in {{a month}}, the WHO said, and [[49|other;u=structure;a=the WHO]] suspended services. "
    "The Syrian American Medical Society said [[six of its staff|killed;n=staff;a=The Syrian American Medical Society]] were among the dead.",
)

F(
    "Children die in al-Hol camp as winter sets in",
    "The International Rescue Committee said [[at least 29 children|killed;a=The International Rescue Committee]] had died on the way to al-Hol camp or shortly after arriving, most from hypothermia or malnutrition. "
    "The camp now holds [[more than 62,000 people|displaced;a=the IRC]], {{over 90%}} of them women and children, the IRC said, and its [[three clinics|other]] are overwhelmed.",
)

F(
    "Red Cross evacuates patients from Eastern Ghouta",
    "The ICRC and the Syrian Arab Red Crescent evacuated [[29 critically ill patients|displaced;a=The ICRC]] from besieged Eastern Ghouta over {{three nights}}, the ICRC said. "
    "The UN had listed [[more than 500 people|displaced;p;a=The UN]] who needed urgent medical evacuation, [[137|displaced;p;a=The UN]] of them children. "
    "[[At least 16 people|killed]] on the list died before they could leave.",
)

F(
    "Aleppo evacuation brings out wounded",
    "The ICRC said [[about 35,000 people|displaced;a=The ICRC]] were evacuated from eastern Aleppo in a week of convoys, among them [[several hundred wounded|injured;a=The ICRC]]. "
    "WHO said [[at least 300 patients|displaced;a=WHO]] had been taken to hospitals in Idlib and Turkey, and [[12 ambulances|aid;a=WHO]] were supplied for the transfers.",
)

F(
    "Cholera in northern Syria after water crisis",
    "Syria's health ministry said cholera had killed [[39 people|killed;a=Syria's health ministry]] and infected [[594|other;a=Syria's health ministry]] in the government-held north, mostly in Aleppo. "
    "In the north-west, the WHO recorded [[more than 10,000 suspected cases|other;a=the WHO]] and said [[1.7 million doses|aid;a=the WHO]] of vaccine would arrive in {{November}}.",
)

F(
    "Rukban camp cut off from medical care",
    "Residents of Rukban camp on the Jordanian border said [[at least eight people|killed;a=Residents of Rukban camp]], among them [[five children|killed;a=Residents of Rukban camp]], had died for lack of medical care since the last UN clinic closed. "
    "[[About 8,000 people|displaced]] remain in the camp, which has had no aid convoy since {{2019}}.",
)

F(
    "Patients treated after suspected chemical attack",
    "The Union of Medical Care and Relief Organizations said [[more than 500 people|injured;a=The Union of Medical Care and Relief Organizations]] were treated for symptoms of exposure to a chemical agent after the attack on Douma, and [[at least 43|killed;a=The Union of Medical Care and Relief Organizations]] died. "
    "The OPCW mission later visited the site.",
)

F(
    "Rights group counts attacks on Syrian health care",
    "Physicians for Human Rights has documented [[more than 600 attacks|other;u=other;a=Physicians for Human Rights]] on [[at least 400 medical facilities|housing;a=Physicians for Human Rights]] in Syria and the deaths of [[over 900 medical personnel|killed;a=Physicians for Human Rights]] since {{2011}}.",
)

F(
    "Leishmaniasis cases climb in displacement camps",
    "Health officials in Idlib said [[between 3,000 and 4,000 cases|other;a=Health officials in Idlib]] of cutaneous leishmaniasis were being recorded each month in displacement camps, where [[nearly 1.7 million people|displaced;a=Health officials in Idlib]] live in tents. "
    "Only [[two clinics|other]] in the region have the drugs to treat it.",
)

F(
    "Ma'rib hospital receives wounded from frontline",
    "The main hospital in Marib city received [[about 140 wounded fighters and civilians|injured;n=fighters and civilians;a=a doctor]] in {{48 hours}}, a doctor told Reuters, and [[19|killed;a=a doctor]] died of their wounds. "
    "The hospital has [[just 12 intensive care beds|capacity]].",
)

F(
    "Flash appeal and vaccine campaign in Yemen",
    "The polio campaign in southern Yemen in {{2024}} covered children {{aged 0 to 10}} across the south, the ministry said, with coverage above {{95%}} in the {{second}} round.",
)
