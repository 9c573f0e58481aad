"""War in the Middle East: Gaza, the West Bank, Lebanon, northern Israel, Syria, Yemen and Iraq;
trucks, water, shelter, vaccination, returns and rebuilding (11 articles with figures, 1
without)."""

from _wrap import item

item(
    "Aid trucks enter Gaza in larger numbers, but UN says needs far outstrip supply",
    """GENEVA/GAZA – [[More than 4,200 trucks|aid;a=the UN Office for the Coordination of
    Humanitarian Affairs (OCHA)]] carrying aid crossed into the Gaza Strip in the first {{10
    days}} of the ceasefire, the UN Office for the Coordination of Humanitarian Affairs (OCHA)
    said on Thursday, the highest number since the war began. That is still short of the
    [[600 trucks a day|aid;p]] foreseen in the agreement, and aid officials say the backlog after
    {{two years}} of war is enormous. The World Food Programme (WFP) said it had brought in
    [[some 6,700 tonnes|aid;a=The World Food Programme (WFP)]] of food since {{10 October}} and
    reopened [[26 distribution points|aid;a=The World Food Programme (WFP)]] across the Strip.
    [[Nineteen bakeries|aid;u=structure]] supported by the agency are now producing bread for
    [[hundreds of thousands of people a day|aid]] in Gaza City and the south. Shelter remains
    the biggest gap. Partners distributed [[14,000 tents|aid]] and [[31,000 tarpaulins|aid]] in
    the past week, but the Shelter Cluster estimates that [[about 1.5 million people|civilians;a=the
    Shelter Cluster]] still need emergency shelter. Israeli authorities continue to restrict
    items such as tent poles and generators, which they say could be used by Hamas. Gaza's
    health ministry says [[more than 67,000 Palestinians|killed;a=Gaza's health ministry]] have
    been killed since {{October 2023}}. The ceasefire, brokered by the United States, Egypt,
    Qatar and Turkey, took effect on {{10 October}}.""",
)

item(
    "UNRWA says West Bank camp operation is the largest displacement since 1967",
    """RAMALLAH (AA) – The Israeli army's operation in the northern West Bank has forced
    [[about 40,000 Palestinians|displaced;a=UNRWA]] from the Jenin, Tulkarm and Nur Shams refugee
    camps, UNRWA, the UN agency for Palestine refugees, said on Monday. It is the largest
    displacement in the occupied territory since {{1967}}. The agency said satellite imagery
    showed [[at least 470 buildings|housing;a=The agency;alt=UNRWA]] in the camps had been
    destroyed or badly damaged since the operation began on {{21 January}}. Most of the
    displaced are staying with relatives or in rented flats in nearby towns and villages.
    [[Some 3,200 people|displaced;a=the Jenin municipality]] are sheltering in [[22 public
    buildings|capacity;a=the Jenin municipality]], including mosques, wedding halls and a
    university dormitory, according to the Jenin municipality. UNRWA said it had handed out
    [[8,500 food parcels|aid;a=UNRWA]] and [[6,000 hygiene kits|aid;a=UNRWA]] but that its
    clinics inside the camps remained closed. The Israeli army said it had killed [[more than 60
    militants|killed;a=The Israeli army]] and detained [[about 400 wanted suspects|arrested;a=The
    Israeli army]] in what it calls Operation Iron Wall. The Palestinian health ministry says
    [[at least 95 Palestinians|killed;a=The Palestinian health ministry]], [[17 of
    them|killed;n=-;a=The Palestinian health ministry]] children, have been killed in the
    northern West Bank since {{21 January}}. Defence Minister Israel Katz has said troops will
    stay in the camps for the coming year.""",
)

item(
    "South Lebanon's returnees find homes in ruins as rebuilding waits for money",
    """BEIRUT (AA) – [[More than 900,000 people|returned;a=the International Organization for
    Migration]] have gone back to southern Lebanon, the Bekaa valley and Beirut's southern suburbs
    since the ceasefire of {{27 November 2024}}, according to the International Organization for
    Migration, but many have found their homes in ruins. [[Some 84,000 people|displaced;a=the
    IOM;alt=the International Organization for Migration]] remain displaced, the IOM said, most of
    them from frontline villages that Israeli troops still keep people from reaching. The World
    Bank estimates that [[about 99,000 housing units|housing;a=The World Bank]] were partly or
    fully destroyed in the war and puts the cost of rebuilding housing alone at {{$4.6
    billion}}. In the border village of Aitaroun, mayor Salim Mrad said [[about 1,100 of the
    village's houses|housing;a=mayor Salim Mrad]] had been flattened and that [[no more than 200
    families|returned;a=mayor Salim Mrad]] had come back, living in the few buildings still
    standing. The Council of the South, the state body in charge of compensation, said it had
    paid rent allowances to [[about 45,000 families|aid;a=The Council of the South]], while
    Hezbollah has handed out cash to [[tens of thousands of households|aid]]. Lebanon's health
    ministry says the war killed [[more than 4,000 people|killed;a=Lebanon's health ministry]]
    and wounded [[about 16,600|injured;a=Lebanon's health ministry]]. Israeli troops remain at
    [[five hilltop positions|other]] inside Lebanon, and strikes continue almost daily. "We
    cannot rebuild under drones," said Mrad, {{61}}.""",
)

item(
    "A million Syrians back from abroad, UNHCR says, as shelter needs mount",
    """DAMASCUS (Al Jazeera) – [[More than 1 million Syrian refugees|returned;a=the UN refugee
    agency]] have come home from abroad since the fall of Bashar al-Assad in {{December 2024}},
    the UN refugee agency said on Tuesday, along with [[nearly 1.8 million internally displaced
    people|returned;a=the UN refugee agency]] who have gone back to their towns and villages.
    Many are returning to houses without roofs, windows or running water. UNHCR estimates that
    [[about 328,000 homes|housing;a=UNHCR]] across the country are destroyed or uninhabitable.
    The agency said it had given cash for rent or repairs to [[32,000 households|aid;a=The
    agency;alt=UNHCR]] this year and rehabilitated [[1,450 homes|housing;a=The agency;alt=UNHCR]]
    in rural Damascus, Homs and Aleppo. Inside Syria, [[some 16.5 million people|civilians;a=the
    United Nations]] need humanitarian aid, according to the United Nations, while this year's
    response plan is only {{14 percent}} funded. In the north-west, [[about 1.3 million
    people|displaced]] still live in [[more than 1,500 camps|capacity]], many of them reluctant
    to leave before they can afford to rebuild. "My house in Maarat al-Numan has no walls left,"
    said Abu Khaled, a {{52-year-old}} farmer in the Atmeh camp. The Syrian Arab Red Crescent
    said it was handing out bread to [[120,000 people a day|aid;a=The Syrian Arab Red Crescent]]
    in Aleppo and its countryside.""",
)

item(
    "In Yemen's north, aid cuts and detentions leave cholera centres struggling",
    """BAJIL, Yemen – At the cholera treatment centre in Bajil, in Yemen's Hodeidah governorate,
    nurses say they admit [[up to 60 patients a day|injured;a=nurses]] in the rainy season, most
    of them children. The centre has [[40 beds|capacity]], so patients often lie on mats in the
    corridor. Yemen recorded [[more than 250,000 suspected cholera cases|other;a=the World Health
    Organization]] and [[861 associated deaths|killed;a=the World Health Organization]] last year,
    according to the World Health Organization, the highest toll of any country. Funding cuts
    have since forced [[at least 64 treatment centres|other;a=the WHO;alt=the World Health
    Organization]] to close, the WHO said. The World Food Programme paused most of its work in
    Houthi-controlled areas after the group detained [[more than 20 UN staff
    members|arrested]] in raids on agency offices. Before the pause, WFP said, it had been
    reaching [[about 6 million people a month|aid;a=WFP]] in the north. Across Yemen, [[19.5
    million people|civilians;a=OCHA]] need assistance this year, OCHA says, and [[4.5
    million|displaced;a=OCHA]] remain displaced after a decade of war. Mohammed Saleh, a
    {{35-year-old}} farmer, said he had carried his {{4-year-old}} daughter {{12 km}} to reach
    the centre. "There is no car and no fuel," he said.""",
)

item(
    "Storm floods tent camps in Gaza as shelter supplies remain stuck",
    """GAZA CITY (AFP) – Heavy rain and gale-force winds swept the Gaza Strip overnight, flooding
    or flattening [[thousands of tents|housing;a=the civil defence agency]] in makeshift camps
    along the coast, the civil defence agency said on Thursday. The agency said its crews had
    answered [[more than 2,500 distress calls|other;u=other;a=The agency;alt=the civil defence
    agency]] and that [[two children|killed;a=The agency;alt=the civil defence agency]] had died
    of cold in Khan Younis. OCHA says [[about 795,000 people|displaced;a=OCHA]] live in [[some
    1,000 displacement sites|capacity;a=OCHA]] across the territory, most of them in tents or
    shelters made of plastic sheeting and wood. Aid groups say [[roughly 260,000
    families|civilians;a=Aid groups]] need new tents or sealing-off kits before the winter peaks
    in January. The Shelter Cluster, which coordinates agencies, said [[more than 4,000
    trucks|aid;a=The Shelter Cluster]] of tents, tarpaulins and bedding were waiting in Egypt and
    Jordan for Israeli approval. Since the ceasefire, it said, agencies had brought in [[about
    72,000 tents|aid;a=The Shelter Cluster]] and [[400,000 blankets|aid;a=The Shelter
    Cluster]]. COGAT, the Israeli military body that controls the crossings, said it had
    facilitated the entry of [[some 18,000 pallets|aid;a=COGAT]] of shelter equipment and denied
    that it was holding up tents. In al-Mawasi, Umm Ahmad, {{42}}, bailed water out of her tent
    with a cooking pot. "Every night we pray it will not rain," she said.""",
)

item(
    "Years after IS, Mosul's Old City is rebuilt house by house",
    """MOSUL, Iraq (AFP) – {{Six years}} after Iraqi forces drove the Islamic State group out of
    Mosul, the Old City on the west bank of the Tigris is slowly rising from the rubble.
    UN-Habitat said it had rebuilt or repaired [[more than 8,000 homes|housing;a=UN-Habitat]] in
    western Mosul since {{2018}}, allowing [[about 48,000 people|returned;a=UN-Habitat]] to move
    back. UNESCO's Revive the Spirit of Mosul project has restored [[124 traditional
    houses|housing]], the al-Nouri mosque with its leaning minaret and the al-Tahera church. The
    project employed [[more than 1,300 young Mosul residents|other]], many of whom learned to
    carve the city's blue marble. Yet the local council estimates that [[4,000 to 5,000
    houses|housing;a=the local council]] in the Old City are still in ruins, their owners unable
    to pay for rebuilding. [[Some 1,200 families|displaced;a=the council;alt=the local council]]
    from the area still live in camps or rented rooms, the council said. The battle for Mosul,
    which lasted {{nine months}} in {{2016}} and {{2017}}, killed [[thousands of
    civilians|killed]]. Across Iraq, [[about 1.1 million people|displaced;a=the International
    Organization for Migration]] are still displaced, according to the International Organization
    for Migration, [[about 110,000 of them|displaced;n=-;a=the International Organization for
    Migration]] in [[21 camps|capacity;a=the International Organization for Migration]] in the
    Kurdistan Region.""",
)

item(
    "Polio vaccine reaches over half a million children in Gaza during pauses",
    """GENEVA (UN News) – The first round of the emergency polio vaccination campaign in the
    Gaza Strip reached [[more than 560,000 children|aid;a=the World Health Organization]] {{under
    10}}, the World Health Organization said on Friday. The campaign was carried out during daily
    {{eight-hour}} pauses in the fighting, agreed zone by zone. [[About 2,700 health
    workers|other;a=WHO;alt=the World Health Organization]] in [[513 teams|other;u=other;a=WHO;alt=the
    World Health Organization]] went from tent to tent and to fixed sites, WHO said. UNICEF said
    [[1.26 million doses|aid;a=UNICEF]] of the novel oral polio vaccine, {{nOPV2}}, had been
    brought into Gaza and kept in cold storage in Deir al-Balah. The virus was detected in
    Gaza's wastewater in {{July}}, and a {{10-month-old}} boy was left partly paralysed, the
    first confirmed case in the territory in {{25 years}}. In central Gaza alone, [[more than
    189,000 children|aid]] were vaccinated in {{three days}}, beyond the target of
    [[156,500|aid;p]]. WHO said the second round, due in {{four weeks}}, aimed to reach [[about
    640,000 children|aid;p;a=WHO;alt=the World Health Organization]]. Gaza's health ministry says
    [[more than 40,900 people|killed;a=Gaza's health ministry]] have been killed in the war.""",
)

item(
    "Israel extends hotel stays for northern evacuees as rocket fire continues",
    """JERUSALEM (Reuters) - Israel's government said on Sunday it would keep paying for hotel
    rooms until {{1 March}} for [[about 60,000 residents|displaced;a=Israel's government]]
    evacuated from towns near the Lebanese border, as Hezbollah fire showed no sign of easing.
    Hezbollah has fired [[more than 8,000 rockets and drones|other;n=rockets and drones;a=the
    army]] at Israel since {{8 October}}, the army says. The Tourism Ministry said [[some 430
    hotels|capacity;u=structure;a=The Tourism Ministry]] were hosting evacuees from the north and
    the south, many of them for more than a year. In Kiryat Shmona, municipal engineers said
    [[around 700 buildings|housing;a=municipal engineers]] had been hit by rockets or shrapnel.
    [[About 3,000|civilians;n=-;a=the mayor]] of the city's [[22,000 residents|civilians;a=the
    mayor]] have stayed behind, the mayor said. The Israel Tax Authority said it had received
    [[more than 2,300 claims|other;u=other;a=The Israel Tax Authority]] for damage to homes and
    cars in the north. Rocket and drone fire has killed [[more than 40 people|killed;a=the
    army]] in northern Israel, civilians and soldiers, according to the army. In Lebanon,
    Israeli strikes have killed [[more than 600 people|killed;a=Lebanese authorities]], most of
    them Hezbollah fighters, Lebanese authorities say, and [[about 110,000
    people|displaced;a=the International Organization for Migration]] have fled southern
    villages, according to the International Organization for Migration.""",
)

item(
    "Arab plan for Gaza reconstruction priced at $53 billion over five years",
    """CAIRO (AP) — Arab leaders meeting in Cairo on {{4 March}} endorsed an Egyptian plan to
    rebuild the Gaza Strip at a cost of {{$53 billion}}, offering an alternative to US President
    Donald Trump's proposal to move Palestinians out of the territory. The plan would be carried
    out over {{five years}}. Its first stage, lasting {{six months}} and costing about {{$3
    billion}}, would clear rubble and unexploded ordnance and set up temporary housing. A second
    stage, costing around {{$50 billion}}, would rebuild roads, water networks, housing and
    public buildings by {{2030}}. A joint assessment by the UN, the European Union and the World
    Bank in February put the damage at {{$49 billion}} and said housing accounted for {{53
    percent}} of the needs. Egypt said it would host a reconstruction conference but gave no
    date. Gulf states, expected to pay a large part of the bill, have said they want guarantees
    that Hamas will give up control of Gaza. Israel rejected the plan, saying it ignored the
    reality after {{7 October 2023}}. Hamas welcomed it.""",
)

item(
    "Water trucks and a reconnected plant ease Gaza's thirst, but barely",
    """DEIR AL-BALAH, Gaza Strip (AP) — Every morning before dawn, children line up with yellow
    jerrycans at the water truck that stops near Abu Hassan's tent. UNICEF said it was trucking
    [[about 2.5 million litres|aid;a=UNICEF]] of drinking water a day to shelters and
    displacement sites across southern and central Gaza, using [[some 40 water trucks|aid;a=UNICEF]]
    hired from local contractors. Gaza's water authority said the southern desalination plant,
    reconnected to the power grid last week, can now produce up to {{18,000 cubic metres}} a day.
    The authority said that would be enough for [[about 600,000 people|aid;p;a=The
    authority;alt=Gaza's water authority]] if the pipes to the camps could be repaired. Before the
    war, Gazans used about {{80 litres}} of water per person a day; many now get fewer than {{5
    litres}}, according to Oxfam. The charity said Israeli strikes and bulldozing had damaged or
    destroyed [[more than 1,600 water facilities|housing;a=The charity;alt=Oxfam]], from wells to
    sewage pumps. The World Health Organization has recorded [[more than 1 million
    cases|other;a=The World Health Organization]] of acute watery diarrhoea since the war began.
    UNICEF has also handed out [[350,000 jerrycans|aid]] and [[14,000 hygiene kits|aid]]. Gaza's
    health ministry says [[more than 45,000 people|killed;a=Gaza's health ministry]] have been
    killed.""",
)

item(
    "First aid convoy reaches Sweida as displaced number tops 190,000",
    """DAMASCUS (Reuters) - A Syrian Arab Red Crescent convoy of [[32 trucks|aid;a=the
    organisation;alt=Syrian Arab Red Crescent]] carrying food, medicine and fuel reached the
    southern city of Sweida on Sunday, the first aid to get in since clashes erupted {{a week}}
    ago, the organisation said. The International Organization for Migration said [[more than
    192,000 people|displaced;a=The International Organization for Migration]] had fled their
    homes in Sweida province. [[About 1,400 families|displaced;a=local officials]] are sheltering
    in [[58 schools and public buildings|capacity;n=schools and public buildings;a=local
    officials]] in neighbouring Daraa province, local officials said. The Syrian Observatory for
    Human Rights, a Britain-based war monitor, said fighting between Druze gunmen, Bedouin tribes
    and government forces had killed [[more than 1,100 people|killed;a=The Syrian Observatory for
    Human Rights]]. The main hospital in Sweida had received [[more than 400 bodies|killed;a=a
    doctor there]], a doctor there told Reuters, and was running short of fuel for its
    generators. The government said it had moved [[about 1,500 Bedouin families|displaced;a=The
    government]] out of the city under the truce, which took effect on {{19 July}}. A second
    convoy of [[20 trucks|aid;p]] was expected on Monday. Residents described looted shops and
    burned houses in several western neighbourhoods.""",
)
