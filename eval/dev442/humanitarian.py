"""dev442 items: the human cost, 2015-2026: migrants on the route from the Horn of Africa, the
displaced in Marib's camps, returns, cholera, hunger and the aid that reaches them
(16 texts, 2 without figures)."""

from _wrap import item

item(
    "Migrant boat capsizes off Shabwa",
    """
ADEN, Yemen - [[At least 54 migrants|killed;a=the International Organization for Migration]]
drowned and [[130|missing;a=the International Organization for Migration]] are missing after a
boat carrying [[about 260 people|displaced;a=the International Organization for Migration]] from
Somalia capsized off Yemen's Shabwa coast on Monday, the International Organization for
Migration said. Fishermen and coastguards pulled [[78 survivors|other]] from the water,
including [[12 children|other]]. The survivors were taken to the migrant response point in Aden,
which has room for [[150 people|capacity]]. Among the dead were [[31 women|killed]] and [[six
children|killed]]. The boat had left Bosaso on Saturday for a crossing of about {{40 hours}}. The
agency says [[at least 558 people|killed;a=The agency;alt=the International Organization for
Migration]] died on the Eastern Route last year, most of them at sea or in the deserts of Yemen.
""",
)

item(
    "More migrants cross to Yemen despite the war",
    """
The International Organization for Migration recorded [[97,200 migrant arrivals|displaced;a=The
International Organization for Migration]] in Yemen in {{2023}}, up from [[73,233|displaced;a=The
International Organization for Migration]] in {{2022}}, and {{79 percent}} of them were
Ethiopians hoping to reach Saudi Arabia. IOM teams in Aden see [[200 to 300 new arrivals a
day|displaced;a=the agency;alt=The International Organization for Migration]], the
agency says. Smugglers charge about {{$500}} for the
{{1,800-km}} journey from the Ethiopian highlands to the Saudi border. According to the IOM,
[[some 380,000 migrants|displaced;a=the IOM]] are now stranded in Yemen, unable to go on or go
back. Its voluntary return programme flew [[about 6,300 Ethiopians|returned;a=the IOM]] home from
Aden last year, it says, among them [[about 900 unaccompanied children|returned;a=the IOM]]. The agency
says it can fly [[up to 1,000 people a month|returned;a=The agency;alt=The International
Organization for Migration;p]] if donors pay for the flights.
""",
)

item(
    "Saudi border guards accused of killing migrants",
    """
Saudi border guards have killed [[hundreds of Ethiopian migrants|killed;a=Human Rights
Watch]] trying to cross from Yemen's Saada province, Human Rights Watch said in a report on
Monday. In one attack in the Al Thabit area, survivors told the group, mortar fire killed
[[about 40 people|killed;a=survivors]], among them [[at least 14 children|killed;a=survivors]].
A health official in Saada city said his hospital had treated [[more than 350 migrants|injured;a=A health official]] with gunshot and blast wounds in {{2022}}, and that [[scores of the
wounded|injured;a=A health official]] had lost limbs. Saudi Arabia called the report unfounded. [[Tens of thousands of migrants|displaced]] still
attempt the crossing each year.
The route through the mountains of Saada to the Saudi province of Jazan is about {{60 km}} long.
""",
)

item(
    "Strike on migrant detention centre in Saada kills dozens",
    """
SAADA - A US air strike on a detention centre for African migrants in Saada killed [[at least 66
people|killed;a=the Houthi-run interior ministry]] and wounded [[49|injured;a=the Houthi-run
interior ministry]], the Houthi-run interior ministry said on Monday. The centre held [[115
migrants|arrested;a=the ICRC]], most of them Ethiopians, according to the ICRC. The ICRC sent [[200
body bags|aid]] and medical supplies to the city's hospital. [[Dozens of
bodies|killed;a=rescuers]] were still under the rubble in the afternoon, rescuers said. [[At least
20 migrants|missing;a=the ICRC]] were unaccounted for, the ICRC said.
Al-Masirah said the strike was one of [[more than 30|other;a=Al-Masirah;u=other]] US raids
that night. CENTCOM said it was aware of the reports and was assessing them.
""",
)

item(
    "New wave of displacement fills Marib's camps",
    """
MARIB - The International Organization for Migration's Displacement Tracking Matrix recorded
[[2,140 families|displaced;a=The International Organization for Migration's Displacement Tracking
Matrix]] newly displaced in Marib in October, the most in a month since {{2021}}. The Camp
Coordination and Camp Management cluster says the governorate now hosts [[about 1.6 million
displaced people|displaced;a=The Camp Coordination and Camp Management cluster]] in [[207
sites|capacity;a=The Camp Coordination and Camp Management cluster]], most of them informal. It
warns that [[3,000 to 4,000 families|displaced;a=The Camp Coordination and Camp Management
cluster;p]] could be uprooted if fighting reaches Raghwan. Floods
in August damaged or destroyed [[1,812 shelters|housing]]. {{One in five}} sites has no working
latrine. The cluster says it needs [[14,000 emergency shelter kits|aid;a=The cluster;alt=The Camp
Coordination and Camp Management cluster;p]] before winter, and has funds for {{a third}} of
them.
""",
)

item(
    "Five years in a tent in al-Jufainah",
    """
MARIB - Hussein Ali, {{52}}, has lived in a tent in al-Jufainah camp since he fled Nihm in
{{2020}} with his wife and [[eight children|displaced]]. The camp, the largest in Yemen, is home
to [[more than 9,500 families|displaced;a=its managers]], its managers say. Aid groups have built
[[340 latrines|aid]] there, still only {{one latrine for every 150 people}}. Each month Hussein
receives a food basket from the World Food Programme, but since April the rations have been cut
by {{half}}. The agency says it reaches [[about 190,000 people|aid;a=The agency;alt=the World Food
Programme]] in Marib's camps. Only [[60 families|returned;a=the camp's managers]] have gone back to Nihm, according to the
camp's managers. Last winter a fire destroyed [[36 tents|housing]] in his block, and
his {{9-year-old}} daughter was burned on the arm. "We have moved {{four times}}," he said.
""",
)

item(
    "Cholera cases pass half a million",
    """
GENEVA - Suspected cholera cases in Yemen have passed [[500,000|other;a=the World Health
Organization;u=other;q=at_least]] and [[1,975 people|killed;a=the World Health Organization]] have
died since the outbreak began in late April, the World Health Organization said on Monday. [[About
5,000 new cases a day|other;a=the WHO]] are being recorded, the WHO said, and children {{under
five}} account for {{a quarter}} of them. [[Around 30,000 health workers|civilians]] have not
been paid for {{10 months}}. WHO and UNICEF have set up [[more than 1,000 oral rehydration
points|aid;a=the agencies;alt=WHO and UNICEF]] and [[99 cholera treatment centres|aid;a=the
agencies;alt=WHO and UNICEF]], the agencies said.
""",
)

item(
    "Cholera returns as funding dries up",
    """
SANAA - Yemen recorded [[more than 250,000 suspected cholera cases|other;a=UNICEF]] and [[861
associated deaths|killed;a=UNICEF]] in {{2024}}, {{a third}} of the world's total, UNICEF said on
Thursday. A campaign to vaccinate [[1.2 million people|aid;a=UNICEF;p]] in Houthi-held areas has
stalled, it said, because the authorities have not approved it. The Houthi-run health ministry
reports [[about 1,600 cases a week|other;a=The Houthi-run health ministry]] in Hodeidah and
Hajjah alone. In Hajjah, [[12 children|killed;a=local health officials]] died in a single week in
March, local health officials said. UNICEF has delivered [[2.5 million water purification
tablets|aid;a=UNICEF]] since January. The Houthi authorities have closed [[14 treatment
centres|other;a=aid workers]] run by foreign charities, aid workers said.
""",
)

item(
    "Hunger deepens across Yemen, IPC warns",
    """
[[More than 17.6 million people|civilians;a=the IPC]] in Yemen face crisis levels of
hunger or worse, {{IPC Phase 3}} or above, according to the IPC, the UN-backed food security
monitor. The analysis found [[2.4 million children|civilians;a=The analysis]] {{under five}}
acutely malnourished, including [[537,000|civilians;a=The analysis]] with severe acute
malnutrition, along with [[1.3 million pregnant and breastfeeding women|civilians;a=The
analysis;n=pregnant and breastfeeding women]]. It projects that [[18.1 million|civilians;a=The analysis;alt=the IPC;p]] will face crisis levels between October and February. [[About 41,000 people|civilians;a=The analysis;alt=the IPC]] in Hajjah, Hodeidah and Amran are already in {{IPC Phase 5}}, catastrophe, it said, and [[nearly 5 million people|civilians;a=The analysis;alt=the IPC]] are in {{IPC Phase 4}}. Food
prices in government areas have risen {{35%}} in a year.
""",
)

item(
    "WFP pauses food aid in the Houthi north",
    """
ROME - The World Food Programme said on Tuesday it would pause general food distributions in
Houthi-held northern Yemen, where it had been feeding [[about 9.5 million people|aid;a=The World
Food Programme]], after the authorities blocked a registration of recipients. The agency said it
would keep feeding [[some 1.8 million|aid;a=The agency;alt=The World Food Programme;p]]
malnourished children and women through clinics. Houthi officials seized [[4,000 tonnes|aid;a=the agency;alt=The World Food Programme]] of
food stored in its warehouses in Saada in June, and [[more than 100 trucks|aid;a=the agency;alt=The
World Food Programme]] loaded with flour are stuck at checkpoints, the agency said. In government-held areas, [[3.6 million people|aid]] still
receive rations. WFP says it needs {{$1.3 billion}} for the next {{six months}}.
""",
)

item(
    "UN appeals for Yemen as needs rise",
    """
GENEVA - The UN said on Monday that it needed {{$2.47 billion}} to help [[10.5 million
people|aid;a=The UN;p]] in Yemen this year. OCHA said the number of people in need had risen to
[[19.5 million|civilians;a=OCHA]]. Of those, [[4.8 million|displaced]] are displaced, [[about 1.3 million|displaced]] of them in
[[some 2,400 sites|capacity]] across the country. OCHA says
that last year's plan was only {{56 percent}} funded and reached [[8.2 million
people|aid;a=OCHA]]. Funding cuts have closed [[about 400 health facilities|other;a=the
World Health Organization]] since January, according to the World Health Organization. [[Some 2,900
schools|housing]] have been damaged or destroyed since {{2015}}.
""",
)

item(
    "A decade of war, counted in children",
    """
UNICEF says it has verified the killing of [[3,904 children|killed;a=UNICEF]] and the wounding of
[[7,712|injured;a=UNICEF]] in Yemen since {{March 2015}}, and the recruitment of [[3,995
boys|combatants;a=UNICEF]] by armed groups. The real numbers are likely to be much higher, the
agency says. [[About 2,500 schools|other]] are out of use, and [[two million children|civilians]] are out of school. [[More than 1.7 million
children|displaced;a=the agency;alt=UNICEF]] have been uprooted from their homes, the agency
says. In {{August 2018}}, a coalition strike on a school bus in Dahyan killed [[40
boys|killed]], {{aged between 10 and 13}}, on a summer trip. The agency says it needs {{$480
million}} for its work in Yemen this year.
""",
)

item(
    "Families return to southern Hodeidah",
    """
HODEIDAH - [[About 8,000 displaced families|returned;a=IOM]] went home to the districts of southern
Hodeidah in {{2023}}, IOM said, as fighting along the coast eased. The agency gave cash to [[1,100
returning households|aid]] and helped rebuild [[1,600 shelters|housing]] in Hays, Khokha and
Tuhayta. But [[another 40,000 people|displaced;a=the agency;alt=IOM]] from those districts are
still in camps, the agency said, many of them because their fields are mined. [[Three
returnees|killed]] were killed by mines in Tuhayta in January. In the first months of this year
[[400-500 families a month|returned;a=the agency;alt=IOM]] were still coming back, the agency
said. IOM also counted [[about 31,000
Yemeni migrants|returned;a=IOM]] deported from Saudi Arabia through the al-Wadiah crossing last
year.
""",
)

item(
    "Floods tear through Marib's camps",
    """
MARIB - Flash floods swept through displacement camps around Marib on Sunday night, killing [[at
least eight people|killed;a=the Executive Unit for IDP Camps]] and affecting [[more than 31,000
families|civilians;a=the Executive Unit for IDP Camps]], the Executive Unit for IDP Camps said.
The floods destroyed [[4,300 tents|housing;a=the unit;alt=the Executive Unit for IDP Camps]], the
unit said, and [[three children|missing]] were swept away and are still missing. [[Hundreds of
families|displaced]] moved to higher ground, and [[some 180 families|displaced]] were sheltered in
[[three schools|capacity]] in the city. Some {{120 mm}} of rain fell in {{six hours}}. The
IOM distributed [[2,600 emergency kits|aid;a=The IOM]] on Monday, it said.
""",
)

item(
    "Rial slides to record low in Aden",
    """
ADEN - The Yemeni rial fell to a record {{2,900 rials}} to the dollar in Aden on Tuesday, compared
with about {{530 rials}} in Houthi-held Sanaa, where the old banknotes printed before {{2016}}
still circulate. The central bank, split since {{2016}}, has auctioned {{$30 million}} a week to
support the currency. Inflation in government areas reached {{35%}} last year. Saudi Arabia
deposited {{$1 billion}} with the bank in {{2023}}, and most public salaries in the north have
not been paid in {{eight years}}.
""",
)

item(
    "Yemeni coffee fetches record price",
    """
SANAA - A lot of Yemeni coffee from the Haraz mountains sold for a record {{$1,200}} a kilogram at
an online auction on Wednesday, the organisers said. The beans, grown at about {{2,200 metres}},
scored {{91 points}} out of {{100}}. Coffee has been grown in Yemen since the {{15th century}},
and the port of Mocha gave its name to the drink. Exports remain small, worth about {{$20 million}} a
year, because of the war and high shipping costs.
""",
)
