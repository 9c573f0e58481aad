"""dev308: returns from Sudan after April 2023 (Renk, Joda, the Nile route, Aweil, Bentiu),
returns from Uganda, and the floods of 2019-2025 in Jonglei, Unity, Upper Nile and Northern
Bahr el Ghazal."""

from _wrap import item

item(
    "Renk transit centre overwhelmed as returnees pour in from Sudan",
    """[[More than 300,000 people|displaced;a=IOM]] have crossed into South Sudan from Sudan since
    fighting broke out in Khartoum on {{15 April 2023}}, IOM said on {{29 September 2023}}. About
    {{80 percent}} of them are South Sudanese returning home, the agency said. The transit centre in
    Renk, built for [[3,000 people|capacity;a=aid workers]], was holding
    [[more than 18,000|displaced;a=aid workers]], aid workers said, and
    [[hundreds of families|displaced]] were sleeping under trees outside its fence. UNHCR said
    [[up to 2,000 new arrivals a day|displaced;a=UNHCR]] were reaching the Joda border crossing.
    MSF said [[at least 70 children|killed;a=MSF]] had died of measles and malnutrition at the
    centre since {{June}}. IOM has moved [[about 57,000 returnees|returned;a=IOM]] onward by boat to
    Malakal and by road to Juba and Aweil, and the agency plans to move
    [[a further 40,000|returned;p;a=the agency;alt=IOM]] before the end of the year.""",
)

item(
    "Cholera spreads from Renk as returnees keep crossing",
    """The health ministry declared a cholera outbreak in Renk on {{28 October 2024}} and said
    [[more than 1,000 cases|other;a=The health ministry]] had been recorded in {{three weeks}},
    including [[at least 23 deaths|killed;a=The health ministry]]. [[About 1,200 people a day|displaced;a=IOM]]
    were still crossing from Sudan at Joda, IOM said. MSF opened
    [[two treatment centres|other]] in the town, with [[100 beds|other]] between them.
    The WHO said [[60,000 doses|aid;a=The WHO]] of oral vaccine had arrived and that vaccination
    would start with the [[15,000 people|civilians;p;a=The WHO]] in the transit centre. UNICEF warned
    that [[as many as 500,000 people|civilians;p;a=UNICEF]] in Upper Nile could be at risk if the
    disease reached Malakal.""",
)

item(
    "Aweil struggles to absorb returnees from Sudan",
    """Northern Bahr el Ghazal has received [[some 120,000 returnees|returned;a=state officials]]
    from Sudan since {{April 2023}}, state officials said on {{3 June 2024}}, more than any other
    state except Upper Nile. In the past week alone, [[800 families|returned;a=the state's relief commission]]
    arrived in Aweil town by truck from the border at Kiir Adem, the state's relief commission said.
    Many had left South Sudan as children and have no land. [[Fourteen schools|capacity]] in Aweil
    are being used as shelters, and [[about 3,000 pupils|other]] have lost their classrooms. WFP
    said it had given cash to [[4,500 households|aid;a=WFP]] and would reach
    [[a further 6,000|aid;p;u=household;a=WFP]] by {{July}}. Local leaders said
    [[at least nine people|killed;a=Local leaders]] had died in disputes over land between returnees
    and residents.""",
)

item(
    "Returnees head to Unity as Khartoum is retaken",
    """The return of the Sudanese army to Khartoum in {{March 2025}} has set off a new wave of
    movement south, IOM said on {{14 May 2025}}. [[About 45,000 returnees|returned;a=IOM]] reached
    Unity state through Panakuach and Abiemnom in {{April}}, the agency said, and it expects
    [[up to 150,000|returned;p;a=the agency;alt=IOM]] by the start of the rains. In all,
    [[1.2 million people|displaced;a=the agency;alt=IOM]] have crossed from Sudan since
    {{April 2023}}, according to the agency. The former protection site in Bentiu still holds
    [[more than 110,000 displaced people|displaced]], many of them from flooded villages. Aid
    workers said [[some 2,500 returnees|returned;a=Aid
    workers]] were camped in the open near Rubkona airstrip.
    [[Two returnees|killed;a=police]] were killed by unknown gunmen on the Mayom road, police said. WFP said it had given food to [[9,000 returnee households|aid;a=WFP]] at the border.""",
)

item(
    "Refugees drift home from Uganda as peace holds",
    """[[About 400,000 South Sudanese refugees|returned;a=UNHCR]] have returned on their own since
    the peace deal of {{September 2018}}, UNHCR said in {{March 2022}}, though the agency said it
    was not yet promoting returns. [[More than 20,000|returned]] have gone back to Yei River county.
    There, the relief commission said [[1,700 houses|housing;a=the relief commission]] had been rebuilt.
    The Norwegian Refugee Council said it had supported [[some 3,500 households|aid;a=The Norwegian Refugee Council]]
    with seeds and tools. But [[hundreds of returnees|returned;a=local chiefs]] had found their land
    occupied by soldiers or by families from other states, local chiefs said. In {{2021}},
    [[at least 30 returnees|killed;a=a ceasefire monitoring report]] were killed in fighting between the army and the NAS rebels
    around Morobo, according to a ceasefire monitoring report. UNHCR expected [[up to 50,000 more|returned;p;n=-;a=UNHCR]] to return that year.""",
)

item(
    "Floods cut off Pibor as hundreds of thousands lose homes",
    """Flooding in Jonglei, Upper Nile and the Greater Pibor area has affected
    [[908,000 people|civilians;a=OCHA]], OCHA said on {{6 November 2019}}, and
    [[about 420,000|displaced;a=OCHA]] have been forced from their homes. Pibor town was almost
    entirely under water, with the market and [[some 40 schools|other]] flooded. MSF said it had
    moved its hospital to higher ground after [[dozens of patients|displaced;a=MSF]] had to be
    evacuated by boat. WFP said it had airdropped [[200 tonnes|aid;a=WFP]] of food in the first week.
    [[At least eight people|killed;a=local officials]] drowned, local officials said. UNICEF said
    [[more than 100 boreholes|other;a=UNICEF]] were submerged, raising the risk of cholera, and that
    [[490,000 children|civilians;a=UNICEF]] were among those affected.""",
)

item(
    "Bor town fights rising water as dyke breaks",
    """Floodwater broke through the dyke protecting Bor on {{14 August 2020}}, submerging
    [[about 3,000 homes|housing;a=the town's mayor]], the town's mayor said. In Jonglei alone,
    [[some 400,000 people|displaced;a=OCHA]] have been displaced, and
    [[over 1 million|civilians;a=OCHA]] affected across the country, OCHA said.
    [[At least 13 people|killed;a=state officials]] have drowned and [[four others|missing;a=state officials]] were
    missing after a canoe capsized near Jalle, state officials said. Cattle keepers said
    [[thousands of cattle|other;a=Cattle keepers]] had died of disease. Residents of Bor have
    moved into [[14 collective centres|capacity]] in the town, including the cathedral and
    [[two schools|capacity]].""",
)

item(
    "Bentiu becomes an island behind its dykes",
    """Bentiu and the camp for displaced people beside it are now surrounded by floodwater held back
    by some {{80 km}} of earth dykes, IOM said on {{9 February 2022}}. The camp holds
    [[about 112,000 people|displaced]], and [[a further 20,000|displaced]] have
    settled along the raised road to Rubkona since the floods of {{2021}}. Across Unity state,
    [[some 460,000 people|civilians]] were affected by the flooding, the worst in {{60 years}}.
    Engineers from the UN mission and [[hundreds of volunteers|other;a=local officials]] work
    around the clock to raise the walls, local officials said. The water has destroyed
    [[more than 1,000 tukuls|housing;u=structure]] inside the camp. Pastoralists in Guit and Rubkona
    said they had lost [[hundreds of thousands of cattle|other;a=Pastoralists]], and that
    [[at least 12 children|missing;a=Pastoralists]] had gone missing in the swamps while
    herding.""",
)

item(
    "Floods force hundreds of thousands from homes in north and east",
    """Floods have affected [[nearly 1.4 million people|civilians;a=OCHA]] in
    [[43 counties|other;a=OCHA]] and the Abyei area, OCHA said on {{1 November 2024}}, and
    [[about 379,000 people|displaced;a=OCHA]] have been forced from their homes. Northern Bahr el
    Ghazal and Upper Nile were the hardest hit, with [[more than 60 schools|other;a=the education ministry]]
    closed, according to the education ministry. In Aweil East,
    [[between 5,000 and 7,000 households|displaced;a=the county commissioner]] were sheltering on
    roads and school compounds, the county commissioner said. The health ministry said
    [[1,100 cases|other;a=The health ministry]] of malaria were being recorded each week in the
    flooded areas. Aid agencies plan to reach [[up to 500,000 people|aid;p;a=Aid agencies]] with
    emergency supplies before {{January}}.""",
)

item(
    "Airdrops resume to Nasir and Ulang after weeks of bombing",
    """WFP resumed airdrops to Nasir and Ulang counties on {{16 April 2025}}, dropping
    [[120 tonnes|aid;a=WFP]] of sorghum, lentils and oil in the first {{three days}}, the agency
    said. It aims to feed [[15,000 households|aid;p;a=WFP]] cut off since the fighting in
    {{March}}. OCHA said [[about 25,000 people|civilians;a=OCHA]] remained in Nasir town, and that
    [[more than 140 people|killed;a=OCHA]] had died of cholera in the two counties since
    {{February}}. MSF said it had evacuated [[nine staff|other;a=MSF]] from Ulang after its
    compound was looted. The army said [[at least 14 fighters|arrested;a=The army]] of the White Army
    had been captured near the Ethiopian border, and accused them of attacking
    a barge carrying [[60 soldiers|combatants;a=The army]].""",
)

item(
    "Fangak caught between floods and fighting",
    """Families in Fangak county, Jonglei, have been displaced by floodwater and by fighting between
    rival opposition factions in the same season, aid agencies said on {{18 October 2022}}.
    [[Some 68,000 people|displaced;a=OCHA]] have moved to higher ground around Old Fangak and New
    Fangak since {{July}}, OCHA said. Cattle herders said [[about 100,000 head of cattle|other;a=Cattle herders]]
    had died from disease and hunger. MSF said [[three health facilities|other;a=MSF]] in the
    county had been flooded and its hospital in Old Fangak had admitted
    [[more than 300 children|other;a=MSF]] with severe malnutrition since {{August}}.
    [[At least 10 people|killed]] were killed when gunmen attacked boats on the Zeraf river.
    [[Several dozen families|displaced]] from Tonga and Panyikang have also arrived, fleeing the
    clashes across the Nile. WFP said it had reached [[around 40,000 people|aid;a=WFP]] with food by boat.""",
)

item(
    "Dozens drown as boat carrying returnees capsizes on the Nile",
    """A boat carrying [[about 90 returnees|returned;a=officials]] from Renk capsized on the White
    Nile near Melut on {{23 July 2024}}, officials said. The Upper Nile information minister said
    [[42 bodies|killed;a=The Upper Nile information minister]] had been recovered and that
    [[at least 15 people|missing;a=The Upper Nile information minister]] were still missing. Fishermen
    rescued [[31 survivors|other;a=The Upper Nile information minister]], he said. Witnesses said the boat, designed to carry
    [[no more than 40 passengers|capacity;a=Witnesses]], was overloaded with people and their goods. IOM said it
    had moved [[more than 20,000 people|returned;a=IOM]] by river this year without a serious
    accident, and that private boats were charging up to {{$50}} a passenger. [[Some 30 relatives|other]] waited at the shore in Melut for news.""",
)

item(
    "IOM tracking: returnees now outnumber the displaced in some states",
    """IOM's Displacement Tracking Matrix counted [[2.1 million internally displaced people|displaced;a=IOM's Displacement Tracking Matrix]]
    in South Sudan in its round published on {{30 January 2025}}, and
    [[nearly 2.4 million returnees|returned;a=IOM's Displacement Tracking Matrix]], including those
    who came back from abroad. Of the returnees, [[about 770,000|returned]] had arrived from Sudan
    since {{April 2023}}. Teams visited [[more than 6,000 locations|other;u=other]] in all
    {{10 states}} and {{three administrative areas}}. In Upper Nile and Unity, the number of
    returnees was higher than the number of displaced people for the {{first}} time. IOM said
    [[some 470,000 people|displaced;a=IOM]] had been displaced by floods rather than conflict.
    [[Roughly 35,000 households|returned;a=the report]] were living in unfinished shelters or in the
    open, the report said. [[About 1.3 million|displaced]] of the displaced live in host communities and the rest in camps.""",
)

item(
    "Barges bring thousands of returnees to Malakal",
    """[[Four barges|other;u=other]] carrying [[3,400 returnees|returned;a=IOM]] from Renk docked in Malakal on
    {{11 March 2024}}, IOM said, the largest single convoy since the start of the Sudan war. Among
    them were [[about 200 unaccompanied children|returned;a=UNICEF]], according to UNICEF. The
    returnees are to stay at a transit site in Malakal with space for
    [[5,000 people|capacity;a=the agency;alt=IOM]] before moving on, the agency said, but
    [[more than 7,000|displaced;a=the agency;alt=IOM]] were already there. Most are headed for
    Nasir, Ulang and Fangak; [[about 1,200|returned;p]] will continue to Juba by air. MSF said
    [[18 patients|other;a=MSF]] with cholera-like symptoms had been isolated on arrival.""",
)

item(
    "Nile expected to peak higher than in 2020, forecasters say",
    """The White Nile at Malakal is expected to rise to about {{13.2 metres}} by {{October}},
    {{40 centimetres}} above the peak of {{2020}}, the IGAD Climate Prediction and Applications
    Centre said on {{26 August 2025}}. Rainfall over the Lake Victoria basin has been
    {{20 to 30 percent}} above average since {{March}}. Outflows from Uganda's Owen Falls dam
    reached {{2,700 cubic metres a second}}, near the record set in {{2021}}. The centre said the
    Sudd wetlands, already at their widest extent in {{60 years}}, would not drain before
    {{mid-2026}}.""",
)

item(
    "Government sets aside funds for Bentiu dykes",
    """The finance ministry has allocated {{15 billion pounds}}, about {{$5 million}}, to raise and
    extend the dykes around Bentiu and Rubkona in the {{2025/26}} budget, the water resources
    minister said on {{2 July 2025}}. Engineers want to add {{25 km}} of new embankment and raise
    existing walls by {{1.5 metres}} over {{two dry seasons}}. The work was first promised in
    {{2022}}. Donors have contributed a further {{$11 million}} since {{2021}}, the minister said,
    most of it spent on emergency repairs in the {{48 hours}} after each breach.""",
)
