"""Floods on the Sudd, cholera, hunger, disarmament campaigns, children released by armed groups
and the unified forces, in Jonglei, Pibor and Upper Nile, 2019-2026."""

from _wrap import item

item(
    "Floods swamp Pibor and Akobo, affecting hundreds of thousands",
    """Heavy rains and the overflowing Pibor and Akobo rivers have affected
    [[more than 490,000 people|civilians;a=OCHA]] in Jonglei and the Greater Pibor area, OCHA said
    on {{6 November 2019}}. In Pibor town,
    [[about 40,000 people|displaced;a=the mission;alt=UNMISS]] are camped on the airstrip and the
    higher ground around the UNMISS base, the mission said. MSF said floodwater had entered its
    hospital in Pibor, forcing it to move [[42 patients|displaced;a=MSF]] into tents. Local
    officials said [[six people|killed;a=Local officials]] had drowned and
    [[two children|missing;a=Local officials]] had been swept away. Aid agencies have flown
    [[30 tonnes|aid]] of plastic sheeting, mosquito nets and food into Pibor.
    [[Hundreds of tukuls|housing;u=structure]] have collapsed, and peacekeepers have raised
    {{two kilometres}} of earth dykes around the town.""",
)

item(
    "Fangak families live on dykes as Sudd floods enter a third year",
    """In Old Fangak, on the western edge of the Sudd,
    [[some 20,000 people|displaced;a=local officials]] are living on narrow earth dykes, local
    officials say. The water has not gone down since {{2020}}. The county commissioner said
    [[about 2,300 households|displaced;a=The county commissioner]] had lost their homes in
    {{2021}} and that [[more than 30,000 cattle|other;a=The county commissioner]] had died of
    disease and hunger. Médecins Sans Frontières, which runs the hospital in Old Fangak, said it
    had treated [[between 350 and 400 snakebite cases|other;a=Médecins Sans Frontières]] this
    year. WFP said it was feeding [[about 68,000 people|aid;a=WFP]] in Fangak county, mostly
    through airdrops. [[Nine schools|capacity;a=the education ministry]] are being used as shelters
    and [[14 others|other;u=structure;a=the education ministry]] are under water, according to the
    education ministry.""",
)

item(
    "Jonglei floods: schools turned into shelters as water rises",
    """Floods have displaced [[about 135,000 people|displaced;a=the state's relief commission]] in
    Jonglei since {{August 2024}}, the state's relief commission said. In Bor,
    [[17 schools|capacity;a=the county education director]] are sheltering
    [[more than 9,000 people|displaced;a=the county education director]], the county education
    director said, delaying the start of the school year. The Twic East county commissioner said
    [[about 25 villages|other;a=The Twic East county commissioner]] were cut off and
    [[1,800 homes|housing;a=The Twic East county commissioner]] had collapsed. The International
    Organization for Migration plans to put up
    [[500 emergency shelters|capacity;p;a=International Organization for Migration]] and
    [[150 latrines|other;p;a=International Organization for Migration]] on higher ground near
    Bor. Police said [[at least four people|killed;a=Police]] had drowned and
    [[one fisherman|missing;a=Police]] was missing.""",
)

item(
    "South Sudan's cholera outbreak becomes its worst on record",
    """South Sudan has recorded
    [[more than 79,000 cholera cases|other;a=World Health Organization (WHO)]] and
    [[1,315 deaths|killed;a=World Health Organization (WHO)]] since the outbreak was declared in
    {{October 2024}}, the World Health Organization (WHO) said. Upper Nile and Jonglei account for
    {{about 45 percent}} of the cases. The agency said
    [[4.3m people|aid;a=The agency;alt=WHO]] had received oral vaccine in
    [[52 counties|other;a=The agency;alt=WHO]]. The health ministry said it had set up
    [[48 cholera treatment centres|other;a=The health ministry]]. Aid agencies say
    [[more than 1.2 million people|civilians;a=Aid agencies]] in the worst-hit counties lack clean
    water.""",
)

item(
    "Cholera reaches Malakal camp, killing 11",
    """Cholera has killed [[11 people|killed;a=the camp's health cluster]] in the Malakal
    protection-of-civilians site since {{early March}}, the camp's health cluster said, as
    arrivals from Nasir added to the crowding. [[More than 1,300 suspected cases|other]] have been
    recorded in the site and in Malakal town. The International Medical Corps, which runs the
    clinic, said it had opened a treatment centre with
    [[40 beds|capacity;a=The International Medical Corps]] and was seeing
    [[80 to 90 patients a day|other;a=The International Medical Corps]]. The site, home to
    [[about 44,000 people|displaced]], has {{one latrine for every 60 residents}}. UNICEF said it
    would truck in an extra {{200,000 litres}} of water a day and hand out
    [[8,000 hygiene kits|aid;p;a=UNICEF]].""",
)

item(
    "Disarmament drive in Jonglei collects guns and sparks clashes",
    """The army said it had collected [[more than 3,200 firearms|other;a=The army]] in the
    {{first month}} of a disarmament campaign across Jonglei and the Greater Pibor Administrative
    Area, carried out by [[2,000-2,500 soldiers|combatants;a=The army]]. Clashes broke out in Duk
    county on {{12 June}} when armed youths refused to hand over their weapons; local officials
    said [[nine soldiers|killed;a=local officials]] and
    [[at least 14 youths|killed;a=local officials]] were killed. Human Rights Watch said
    [[at least 40 people|arrested;a=Human Rights Watch]] had been detained in Poktap and Ayueldit
    without charge. The county commissioner said
    [[some 7,000 people|displaced;a=The county commissioner]] had moved into the swamps with their
    herds. [[An estimated 700,000 small arms|other;u=other;a=Small Arms Survey]] are in civilian
    hands in South Sudan, according to the Small Arms Survey.""",
)

item(
    "Rumours of disarmament spark clashes in Nasir",
    """Clashes broke out in Nasir on {{14 February 2025}} between the army and armed youths who
    feared they were about to be forcibly disarmed. The county commissioner said
    [[four soldiers|killed;a=The county commissioner]] and
    [[three civilians|killed;a=The county commissioner]] were killed. The army said it had brought
    [[about 300 fresh troops|combatants;a=The army]] to Nasir by barge and air in the previous
    {{two weeks}}. Youth leaders said
    [[hundreds of young men|combatants;a=Youth leaders]] had gathered with their guns in villages
    around the town. [[About 2,500 residents|displaced]] sought shelter near the UNMISS base. In a
    statement, the SPLM-IO said [[nine of its officers|arrested;a=the SPLM-IO;n=officers]] had been
    detained in Nasir.""",
)

item(
    "SPLA-IO hands over children at Upper Nile cantonment site",
    """The SPLA-IO released [[64 children|combatants;a=UNMISS and UNICEF]] from its ranks at a
    ceremony at the Owachi cantonment site in Upper Nile on Thursday, UNMISS and UNICEF said. The
    group included [[11 girls|combatants]], {{aged 13 to 17}}. Since the peace deal of {{2018}},
    [[more than 4,000 children|combatants;a=UNICEF]] have been released by armed forces and groups
    in South Sudan, UNICEF said, but the UN verified the recruitment of
    [[129 children|combatants;a=the UN]] in {{2023}}. The cantonment site holds
    [[about 3,600 SPLA-IO fighters|combatants;a=the mission;alt=UNMISS]] waiting to join the
    unified army, the mission said. [[Forty-one of the children|returned;p;n=children]] have been
    traced and will go home to their families next month.""",
)

item(
    "Families return to Twic East as floodwater recedes",
    """[[Some 4,500 households|returned;a=International Organization for Migration]] have gone back
    to their villages in Jonglei's Twic East county since {{January}} as floodwater receded, the
    International Organization for Migration said, though
    [[about 38,000 people|displaced;a=International Organization for Migration]] remain in camps
    along the Bor-Juba road. IOM said [[62 villages|other;a=IOM]] were still partly under water.
    Returnees told Radio Tamazuj that [[more than 600 houses|housing;a=Returnees]] in Kongor had
    collapsed. The Norwegian Refugee Council will give seed and tools to
    [[3,000 returning families|aid;p]] before planting. But
    [[at least seven people|killed;a=local officials]] have been killed in cattle raids since the
    returns began, local officials said.""",
)

item(
    "Boat carrying displaced families capsizes on White Nile near Malakal",
    """A boat carrying families fleeing fighting in Tonga capsized on the White Nile near Malakal on
    Monday, leaving [[at least 19 people|killed;a=the state information minister]] dead and
    [[about 40|missing;a=the state information minister]] missing, the state information minister
    said. The boat was carrying [[more than 100 people|displaced]] fleeing the fighting.
    Fishermen rescued [[23 survivors|other]]. Survivors said
    [[six children|missing;a=Survivors]] were among the missing. The boat, built to carry
    [[about 50 people|capacity]], left Tonga at {{4am}}.""",
)

item(
    "Unified forces graduate in Malakal amid doubts",
    """[[About 4,700 soldiers|combatants;a=state officials]] of the Necessary Unified Forces
    graduated in Malakal on Tuesday, the {{second}} batch under the {{2018}} peace deal, state
    officials said. RJMEC, the body that monitors the peace deal, said
    [[more than 55,000 troops|combatants;a=RJMEC]] had graduated nationwide.
    [[Some 15,000|combatants;a=RJMEC]] remained in cantonment sites with little food, it said.
    [[At least three trainees|killed;a=a commander]] died of hunger-related illness at the Malakal
    training centre this year, a commander said. The government said it would deploy
    [[2,000 of the new troops|combatants;p;a=The government;n=troops]] to Nasir and Ulang.""",
)

item(
    "Pibor disarmament: rights monitors report detentions and beatings",
    """UN human rights monitors said [[at least 87 men|arrested;a=UN human rights monitors]] had been
    detained during a disarmament campaign in the Greater Pibor Administrative Area since
    {{April}}, and that [[five of them|killed;a=UN human rights monitors;n=-]] had died in custody.
    The army said it had recovered [[1,460 guns|other;a=The army]] and
    [[more than 18,000 rounds|other;a=The army]] of ammunition. Pibor's chief administrator said
    [[dozens of young men|displaced;a=Pibor's chief administrator]] had fled to the bush to avoid
    the soldiers. [[Two soldiers|killed;a=the army]] were killed in an ambush near Lekuangole on
    {{9 May}}, the army said.""",
)

item(
    "Hunger deepens in Jonglei as floods and raids cut harvests",
    """[[About 1.1 million people|civilians;a=Integrated Food Security Phase Classification]] in
    Jonglei and the Greater Pibor area face crisis levels of hunger or worse, including
    [[23,000|civilians;a=Integrated Food Security Phase Classification]] in catastrophic conditions
    in Fangak and Canal/Pigi, according to the Integrated Food Security Phase Classification.
    [[More than 210,000 children|civilians;a=UNICEF]] are acutely malnourished, UNICEF said. WFP
    said funding cuts had forced it to halve rations for
    [[about 300,000 people|aid;a=WFP]]. [[Some 2,600 tonnes|aid;a=aid officials]] of food are
    stuck in Bor because the roads are under water, aid officials said. Fangak's
    [[three nutrition centres|other]] have closed. The UN's appeal for South Sudan,
    {{$1.7 billion}}, was only {{21%}} funded by {{September}}.""",
)

item(
    "Raiders attack flood camp at Mangala, abduct children",
    """Gunmen attacked a camp at Mangala hosting people displaced by Jonglei's floods, killing
    [[five people|killed;a=camp leaders]] and abducting [[seven children|kidnapped;a=camp leaders]],
    camp leaders said on Sunday. The camp shelters [[about 25,000 people|displaced]] who fled floods
    in Twic East, Duk and Bor South in {{2021}}. The raiders also drove away
    [[about 1,200 head of cattle|other]] and [[300 goats|other]]. Police said
    [[two of the children|kidnapped;a=Police;n=children]] had been found near Terekeka and that
    [[three herders|missing;a=Police]] who followed the raiders were missing.""",
)

item(
    "White Nile levels near record as Uganda releases more water",
    """The White Nile at Mongalla rose to {{14.56 metres}} on {{10 October 2024}},
    {{30 centimetres}} above the {{2022}} peak, the water ministry said. Uganda increased releases
    from its dams at Jinja to about {{2,400 cubic metres per second}} in {{September}}.
    Forecasters expect the level at Malakal to rise another {{40 cm}} over the next
    {{three weeks}}. The flooded area of the Sudd has grown to more than
    {{50,000 square kilometres}}, roughly twice its extent in {{2019}}. Rainfall over the
    catchment in {{August}} was {{35%}} above average.""",
)

item(
    "Donors pledge $12 million for South Sudan cholera response",
    """Donors pledged {{$12 million}} on Tuesday for South Sudan's cholera response, about
    {{40 percent}} of the {{$30 million}} the health ministry says it needs over the next
    {{six months}}. Delivering a dose of oral cholera vaccine costs about {{$1.50}}, Gavi said. The
    case fatality rate has fallen to {{1.6%}}, from {{2.2%}} in {{January}}, the ministry said.
    The outbreak was declared in {{October 2024}}. Health workers at treatment centres are paid
    {{$40}} a month in incentives, often months late.""",
)
