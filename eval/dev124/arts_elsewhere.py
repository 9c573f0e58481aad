"""War in Europe, Asia and the Americas: Ukraine, Armenia, Kurram, Rakhine and the Rohingya
camps, Marawi, Haiti and Catatumbo; floods from a destroyed dam, heating points, compensation,
refugee arrivals, blockades and rebuilding (10 articles with figures, 1 without)."""

from _wrap import item

item(
    "Kakhovka dam flood: thousands evacuated, drinking water cut for hundreds of thousands",
    """KYIV (Kyiv Independent) – Ukrainian authorities have evacuated [[more than 2,700
    people|displaced;a=the Interior Ministry]] from flooded areas of Kherson Oblast since the
    Kakhovka dam was destroyed on {{6 June}}, the Interior Ministry said. [[About 3,600
    houses|housing;a=Regional Governor Oleksandr Prokudin]] on the Ukrainian-controlled right bank
    were under water at the peak of the flood, Regional Governor Oleksandr Prokudin said.
    Flooding and shelling have killed [[at least 52 people|killed;a=Ukrainian officials and
    Russian-installed authorities]] on both banks of the Dnipro, according to Ukrainian officials
    and Russian-installed authorities. Russian forces shelled an evacuation point in Kherson
    city, wounding [[nine people|injured]], among them [[two rescuers|injured]]. The reservoir
    has lost most of its {{18 cubic kilometres}} of water, leaving [[about 700,000
    people|civilians;a=the UN]] in the south without access to drinking water, the UN said. The
    UN and its partners have delivered drinking water to [[more than 30,000 people|aid]] and sent
    [[11 trucks|aid]] of supplies to the region. [[About 1,200 rescuers|other]] from the State
    Emergency Service and the police are working in the flooded districts, pumping water out of
    basements and pulling out the drowned animals of abandoned farms.""",
)

item(
    "Kyiv opens heating points as strikes leave millions without power",
    """KYIV (Reuters) - Russia launched [[more than 90 missiles|other;a=Ukraine's air force]] and
    [[about 200 drones|other;a=Ukraine's air force]] at Ukraine's energy system overnight,
    Ukraine's air force said on Sunday. Energy Minister Svitlana Hrynchuk said [[more than 1.5
    million households|civilians;a=Energy Minister Svitlana Hrynchuk]] were left without
    electricity, most of them in the Kyiv, Kharkiv and Odesa regions. Debris hit [[14 apartment
    buildings|housing;a=Mayor Vitali Klitschko]] in the capital, killing [[two
    people|killed;a=Mayor Vitali Klitschko]] and injuring [[11|injured;a=Mayor Vitali
    Klitschko]], Mayor Vitali Klitschko said. The State Emergency Service said [[more than 4,000
    heating points|capacity;a=The State Emergency Service]] were open across the country, where
    people can warm up, charge phones and get hot tea. UNHCR said it had delivered [[180
    generators|aid;a=UNHCR]] to hospitals, schools and collective centres for displaced people
    since {{October}}. [[About 3.7 million people|displaced;a=the UN]] are internally displaced in
    Ukraine, according to the UN. Grid operator Ukrenergo said scheduled blackouts of up to {{16
    hours}} a day would continue in several regions this week.""",
)

item(
    "Ukraine has paid 100,000 families for war-damaged homes, ministry says",
    """KYIV (Kyiv Independent) – [[More than 100,000 Ukrainian families|aid;a=the Ministry for
    Development of Communities and Territories]] have received state compensation for homes
    destroyed or damaged by Russian attacks under the eRecovery programme, the Ministry for
    Development of Communities and Territories said on {{12 August}}. [[About 76,000 of
    them|aid;n=-;u=household]] were paid to repair damaged housing, and [[more than 24,000 housing
    certificates|aid;u=other]] worth up to {{2 million hryvnias}} each were issued to families
    whose homes were destroyed. The Kyiv School of Economics estimates that [[about 236,000
    residential buildings|housing;a=The Kyiv School of Economics]] have been damaged or destroyed
    since the full-scale invasion began in {{February 2022}}. In Kharkiv Oblast alone, officials
    have counted [[more than 11,000 apartment blocks and houses|housing;n=apartment blocks and
    houses;a=officials]] hit by Russian fire. The government plans to build [[2,000 modular
    homes|housing;p;a=The government]] for displaced people in {{2025}}. [[More than 1,000
    collective centres|capacity;a=the ministry;alt=the Ministry for Development of Communities and
    Territories]] still house [[about 78,000 internally displaced people|displaced;a=the
    ministry;alt=the Ministry for Development of Communities and Territories]], the ministry said.
    It puts the cost of repairing housing alone at {{$84 billion}}.""",
)

item(
    "Ukraine Recovery Conference in Rome raises more than €10 billion",
    """ROME (Kyiv Independent) – Governments, lenders and companies pledged more than {{€10
    billion}} for Ukraine's reconstruction at the Ukraine Recovery Conference in Rome on {{10-11
    July}}, Italian Prime Minister Giorgia Meloni said. It was the {{fourth}} such gathering,
    after Lugano in {{2022}}, London in {{2023}} and Berlin in {{2024}}. The European Commission
    announced a {{€2.3 billion}} package of loans and guarantees, and a new European Flagship Fund
    for the Reconstruction of Ukraine is expected to raise {{€500 million}} to begin with. The
    World Bank's latest assessment, published in February, put the cost of recovery and
    reconstruction at {{$524 billion}} over the next decade, nearly {{three times}} Ukraine's
    estimated economic output for {{2024}}. Energy and housing account for the largest shares.
    President Volodymyr Zelensky asked allies to use frozen Russian assets to pay for rebuilding,
    and said Ukraine needed air defence above all to protect what had already been repaired.""",
)

item(
    "More than 100,000 Karabakh Armenians arrive in Armenia in a week",
    """YEREVAN (Reuters) - [[More than 100,400 refugees|displaced;a=the Armenian government]] have
    arrived in Armenia from Nagorno-Karabakh since Azerbaijan's offensive on {{19 September}}, the
    Armenian government said on Monday, almost the entire ethnic Armenian population of the
    region. [[About 30,000 of them|displaced;n=-;a=the government;alt=the Armenian government]]
    are children, it said. Officials in Goris, the first town across the border, said [[more
    than 1,500 people|displaced;a=Officials in Goris]] were sleeping in a theatre and [[two
    schools|capacity;a=Officials in Goris]] turned into shelters. The Armenian Red Cross said its
    volunteers had handed out [[12,000 hot meals|aid;a=The Armenian Red Cross]] and [[3,500
    blankets|aid;a=The Armenian Red Cross]] at the border crossing. A fuel depot explosion near
    Stepanakert on {{25 September}} killed [[at least 170 people|killed;a=local authorities]] and
    left [[more than 200|injured;a=local authorities]] with burns, local authorities said. The
    government has promised a one-off payment of {{100,000 drams}} ({{about $250}}) to each
    refugee and monthly support of {{50,000 drams}} for {{six months}}. UNHCR said it would help
    the government shelter [[up to 10,000 people|displaced;p;a=UNHCR]] in collective centres
    through the winter.""",
)

item(
    "Food and medicine convoy reaches Parachinar after weeks of blockade",
    """PESHAWAR: A convoy of [[about 80 vehicles|aid;a=officials]] carrying food and medicines
    reached Parachinar on Saturday, the {{third}} since the road to the besieged town in Kurram
    district reopened, officials said. Deputy Commissioner Javedullah Mehsud told Dawn that
    [[between 600 and 700 vehicles|aid;a=Deputy Commissioner Javedullah Mehsud]] were still
    waiting in Thall for security clearance. Road closures after sectarian clashes have cut off
    [[about 500,000 people|civilians;a=local elders]] in upper Kurram, according to local elders.
    Doctors at the district headquarters hospital said [[at least 50 patients|killed;a=Doctors at
    the district headquarters hospital]], [[29 of them|killed;n=-;a=Doctors at the district
    headquarters hospital]] children, had died because medicines ran out. The blockade followed
    an attack in {{November}} in which gunmen fired on a convoy of passenger vehicles near
    Bagan, killing [[at least 42 people|killed]]. In the clashes that followed, [[over 300
    shops|housing]] and [[several hundred houses|housing]] were torched in Bagan bazaar and
    nearby villages. The Khyber Pakhtunkhwa government said it had airlifted [[more than 20
    tonnes|aid;a=The Khyber Pakhtunkhwa government]] of medicines by helicopter. Traders in
    Parachinar said a cylinder of cooking gas now cost {{Rs8,000}}, more than {{three times}} the
    price before the blockade.""",
)

item(
    "Rakhine slides toward famine as Arakan Army and junta fight on",
    """SITTWE/YANGON (Reuters) – [[More than 2 million people|civilians;p;a=the UN Development
    Programme]] in Myanmar's Rakhine State could face starvation within months, the UN
    Development Programme warned, as fighting between the Arakan Army and the military blocks
    food supplies. The Arakan Army now controls [[14|other;n=-;u=other]] of the state's [[17
    townships|other;u=other]] after a year-long offensive. The military has blocked river and
    road routes into the state since {{November 2023}}, and rice prices in Sittwe have risen
    fivefold. OCHA says [[more than 500,000 people|displaced;a=OCHA]] are displaced in Rakhine,
    including [[about 150,000 Rohingya|displaced;a=OCHA]] confined to camps near Sittwe since
    {{2012}}. The World Food Programme said it had reached only [[57,000 people|aid;a=The World
    Food Programme]] in the state in {{August}}, a fraction of those in need. A military
    air strike on a school in Kyauktaw killed [[at least 20 students|killed;a=local
    residents]], local residents said. Local aid groups said they had carried rice by boat at
    night to [[10,000-12,000 households|aid;a=Local aid groups]] in the worst-hit townships.""",
)

item(
    "New Rohingya arrivals squeeze into Cox's Bazar camps as funding falls",
    """COX'S BAZAR, Bangladesh (The Daily Star) – [[Around 150,000 Rohingya|displaced;a=UNHCR]]
    have arrived in Cox's Bazar over the past {{18 months}} fleeing fighting in Rakhine, UNHCR
    said yesterday, the largest influx since {{2017}}. [[Nearly 100,000 of them|displaced;n=-;a=the
    agency;alt=UNHCR]] have been biometrically registered, the agency said. The new arrivals are
    squeezing into camps that already shelter [[more than 1 million refugees|displaced]], many of
    them living with relatives in shelters of bamboo and tarpaulin spread over [[33
    camps|capacity]]. A fire in {{Camp 11}} on Sunday destroyed [[about 1,000
    shelters|housing;a=the fire service]] and left [[some 7,000 people|displaced;a=the fire
    service]] homeless, the fire service said. Médecins Sans Frontières (MSF) said its clinics
    had treated [[more than 900 people|injured;a=Médecins Sans Frontières (MSF)]] with gunshot or
    shrapnel wounds who had crossed from Myanmar. The World Food Programme said it would cut the
    monthly food voucher to {{$6}} from {{$12.50}} per person from {{April}} unless new funding
    arrived. The {{2025}} joint response plan seeks {{$934 million}} to support [[1.5 million
    people|aid;p]], including Bangladeshi host communities.""",
)

item(
    "Eight years after the siege, Marawi's ground zero is rebuilt but empty",
    """MARAWI CITY, Philippines – {{Eight years}} after Islamic State-inspired militants laid
    siege to this lakeside city, [[about 17,000 families|displaced;a=the Marawi Compensation
    Board]] who lived in the most affected area still cannot go home, according to the Marawi
    Compensation Board. The {{five-month}} battle in {{2017}} left [[more than 1,100
    people|killed]] dead, most of them militants, and displaced [[more than 360,000
    people|displaced]]. The board said it had approved compensation claims for [[about 4,600
    structures|housing;a=The board;alt=the Marawi Compensation Board]] destroyed in the fighting
    and paid out {{₱3.1 billion}} so far. Task Force Bangon Marawi, dissolved in {{2022}}, built
    [[about 2,700 permanent shelter units|housing]] in resettlement sites outside ground zero.
    [[Some 4,000 families|displaced]] still live in [[19 transitory sites|capacity]] on the
    outskirts of the city. Inside the main affected area, the government has rebuilt roads, a
    stadium, a convention centre and [[24 mosques|housing]], but few homes have followed. "We got
    a road but no house," said Norhaya Macadato, {{47}}, whose family ran a shop near the Grand
    Mosque. Residents need a building permit before rebuilding, and many lack the papers to
    prove they own the land.""",
)

item(
    "Haiti's displaced hit record 1.3 million as gangs tighten grip on capital",
    """PORT-AU-PRINCE, Haiti (AP) — Gang violence has displaced [[more than 1.3 million
    people|displaced;a=the International Organization for Migration]] in Haiti, a record, the
    International Organization for Migration said Wednesday. [[Some 240,000
    people|displaced;a=the International Organization for Migration]] fled their homes in the
    capital this year alone, it said. IOM counts [[142 displacement sites|capacity;a=IOM;alt=the
    International Organization for Migration]] in Port-au-Prince, many of them in schools and
    government buildings, where [[about 190,000 people|displaced;a=IOM;alt=the International
    Organization for Migration]] live in crowded classrooms and courtyards. The World Food
    Programme said it had served [[more than 1.5 million hot meals|aid;a=The World Food
    Programme]] in the sites since {{January}}. [[About 5.7 million Haitians|civilians;a=the
    IPC]], half the population, face acute hunger, according to the IPC, the UN-backed hunger
    monitor. Only {{one in four}} of the city's health facilities is fully working, the World
    Health Organization said. Gang violence killed [[more than 4,800 people|killed;a=the UN human
    rights office]] in {{2024}}, the UN human rights office said. A Kenyan-led security mission
    has [[about 1,000 police|combatants]] on the ground, far short of the
    [[2,500|combatants;p]] planned.""",
)

item(
    "Catatumbo fighting drives 50,000 from their homes, the most in decades",
    """CÚCUTA, Colombia (AFP) - Fighting between the ELN guerrilla and FARC dissidents in
    Colombia's Catatumbo region has displaced [[more than 50,000 people|displaced;a=the
    ombudsman's office]], the ombudsman's office said, the largest displacement recorded in the
    country in decades. [[At least 80 people|killed;a=Norte de Santander Governor William
    Villamizar]] have been killed since {{16 January}}, according to Norte de Santander Governor
    William Villamizar. In Cúcuta, city officials said they had opened [[12 shelters|capacity;a=city
    officials]] in sports halls and schools, where [[about 6,500 people|displaced;a=city
    officials]] are staying. The Colombian Red Cross said it had handed out [[9,000 hygiene
    kits|aid;a=The Colombian Red Cross]] and [[4,200 food rations|aid;a=The Colombian Red
    Cross]]. Army helicopters flew [[about 300 people|displaced]] out of villages in Tibú where
    they had been trapped by the fighting. The government sent [[5,000 soldiers|combatants]] to
    the region, and President Gustavo Petro declared a state of internal unrest for {{90
    days}}. Many of those who fled are small farmers who grew coca, and aid workers say they
    will not return until the armed groups agree to a truce.""",
)
