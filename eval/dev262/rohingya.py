"""dev262 items: Bangladesh's Rohingya camps, Bhasan Char, the boats and the region (17 texts)."""

from _wrap import item

item(
    "Rohingya exodus tops 600,000 as new arrivals slow",
    """[[More than 600,000 Rohingya|displaced;a=the Inter Sector Coordination Group]] have
    crossed into Bangladesh since violence erupted in Rakhine on {{25 August}}, the Inter
    Sector Coordination Group said on Thursday, joining [[some 300,000|displaced]] who fled
    earlier waves. Arrivals have slowed to [[hundreds of people a day|displaced]] from a peak
    of [[more than 20,000 a day|displaced;n=-]] in September. The group said [[about 14,000
    latrines|aid;a=The group;alt=the Inter Sector Coordination Group]] had been built in the
    Kutupalong-Balukhali expansion site, against [[the 40,000 needed|aid;p;a=The group;alt=the
    Inter Sector Coordination Group;n=-;u=other]]. Doctors Without Borders estimated that [[at least 6,700
    Rohingya|killed;a=Doctors Without Borders]] were killed in the first month of the
    crackdown, including [[730 children|killed;a=Doctors Without Borders]] under the age of
    {{five}}. Bangladesh has allocated {{3,000 acres}} of forest land for new shelters.""",
)

item(
    "Fire guts Balukhali camp, leaving 12,000 homeless",
    """A fire that swept through {{Camp 11}} in Balukhali on Sunday afternoon destroyed
    [[about 2,000 shelters|housing;a=the Refugee Relief and Repatriation Commissioner]] and
    left [[some 12,000 Rohingya|displaced;a=the Refugee Relief and Repatriation Commissioner]]
    without a roof, the Refugee Relief and Repatriation Commissioner said. [[Thirty-five
    mosques|housing;a=camp officials]] and [[21 learning centres|housing;a=camp officials]]
    were also lost, camp officials said, though no one was killed. Firefighters from
    [[10 units|other;a=Firefighters;u=other]] battled the blaze for {{three hours}}. A committee
    has been formed to investigate whether it was arson; police said they had detained
    [[two men|arrested;a=police]] for questioning. UNHCR said it would distribute [[2,000
    emergency shelter kits|aid;p;a=UNHCR]] by Wednesday.""",
)

item(
    "Fifteen dead, 400 missing after Cox's Bazar camp blaze",
    """[[At least 15 refugees|killed;a=UN officials]] died in the fire that tore through
    {{Camp 8E}} and the blocks around it in Cox's Bazar on Monday, UN officials said, and [[about 400|
    missing;a=UN officials]] remain unaccounted for. The fire destroyed [[more than 10,000
    shelters|housing;a=Johannes van der Klaauw;alt=UNHCR's country representative]] and displaced [[45,000 people|displaced;a=Johannes van der Klaauw;alt=UNHCR's country representative]], according to UNHCR's country representative, Johannes van der Klaauw, who called it a devastating
    setback. [[Some 560 people|injured;a=health workers]] were treated for burns and smoke
    inhalation, health workers said. Many residents said barbed-wire fencing around the camps
    had stopped them from escaping. The World Food Programme said it was serving hot meals to
    [[30,000 people a day|aid;a=The World Food Programme]].""",
)

item(
    "Bangladesh moves first Rohingya group to Bhasan Char",
    """Bangladesh's navy ferried [[1,642 Rohingya refugees|displaced;a=officials]] to Bhasan
    Char on Friday, officials said, the first group to be relocated to the silt island in the
    Bay of Bengal. The government says the island was built to house [[100,000 people|
    capacity;a=The government]] in [[120 cluster villages|capacity;a=The government]]
    and that it eventually wants to move [[up to 1 million|displaced;p;a=The
    government]] there. "No one is being forced," said Foreign Minister AK Abdul Momen. Rights groups said some refugees had been pressured and that they had interviewed [[23 relocated refugees|displaced;a=Rights
    groups]] who had not agreed to go. The island, built at a cost of
    {{$350 million}}, lies about {{34 km}} from the mainland. Within a year [[more than 18,000|
    displaced]] had been taken there in [[seven rounds|other]] of relocation.""",
)

item(
    "Rohingya boats land in Aceh as locals push back",
    """[[More than 1,500 Rohingya|displaced;a=UNHCR]] have landed on the coast of Aceh since
    mid-November, UNHCR said, the largest wave of boat arrivals to Indonesia since {{2015}}.
    [[About 200 others|missing;a=the agency;alt=UNHCR]] are feared to have drowned
    when their boat capsized off Sumatra in March, the agency said. Residents of Sabang turned
    back [[two boats|other;a=local officials]] carrying [[around 300 refugees|displaced;a=local officials]],
    local officials said. Indonesian police said they had arrested [[five suspected
    traffickers|arrested;a=Indonesian police]], including [[three Rohingya men|arrested;
    a=Indonesian police]] who allegedly charged {{15 million rupiah}} per passenger. Students in
    Banda Aceh stormed a convention centre housing [[137 refugees|displaced]] on Wednesday and
    forced them onto trucks.""",
)

item(
    "New Rohingya influx as Rakhine war reaches Maungdaw",
    """Bangladesh says [[about 60,000 Rohingya|displaced;a=Bangladesh]] have entered the country
    since the Arakan Army's advance on Maungdaw, despite orders to keep the border closed.
    Refugee commissioner Mohammed Mizanur Rahman said the new arrivals were living with
    relatives in the camps, which already hold [[nearly 1 million
    people|displaced;a=Refugee commissioner Mohammed Mizanur Rahman]]. "We simply have no space," he said. The
    Border Guard Bangladesh said it had pushed back [[several thousand people|returned;a=The
    Border Guard Bangladesh]] since {{August}}, including a boat carrying [[40 people|returned;a=The Border Guard Bangladesh]]. Médecins Sans Frontières said it had treated [[39 Rohingya|injured;a=Médecins
    Sans Frontières]] for wounds from drone strikes on the Myanmar side of the Naf, [[five of
    whom|killed;a=Médecins Sans Frontières;n=-]] later died.""",
)

item(
    "Rohingya repatriation pilot stalls with no one willing to go",
    """Bangladesh and Myanmar had hoped to send back [[1,176 Rohingya|returned;p;a=Bangladesh and
    Myanmar]] in a pilot repatriation by {{December}}, but no refugee boarded the buses laid on
    at the Teknaf transit centre. Myanmar officials had verified [[about 3,000 people|other;
    a=Myanmar officials]] for return, Bangladesh's refugee commissioner said, and had built
    [[15 new villages|capacity;a=Bangladesh's refugee commissioner]] for them in
    Maungdaw. Community leaders said [[more than 500 families|other;a=Community leaders]]
    on the list had asked to be removed. China, which brokered the talks, had pledged to fund
    [[two reception centres|capacity;p;a=China]]. A Myanmar delegation interviewed [[429 refugees|other]] in Teknaf in {{March}}. UN agencies
    were not part of the deal.""",
)

item(
    "Armed groups tighten grip on Rohingya camps as killings rise",
    """Police in Cox's Bazar said [[more than 60 Rohingya|killed;a=Police in Cox's Bazar]] had been
    killed in the camps this year, many in fighting between the Arakan Rohingya Salvation Army
    and the Rohingya Solidarity Organisation. The Armed Police Battalion said it had arrested
    [[312 people|arrested;a=The Armed Police Battalion]] and seized [[48 firearms|other;a=The
    Armed Police Battalion]] in raids since {{January}}. In Teknaf, gangs have abducted [[at
    least 90 people|kidnapped;a=local police]] for ransom, local police said, [[62 of whom|
    kidnapped;a=local police;n=-]] were later freed. Refugees said armed men came at night.
    "They take boys to the training camps across the border," said a community leader, who
    estimated that [[2,000 young men|combatants;a=a community leader]] had been recruited.""",
)

item(
    "WFP cuts Rohingya rations again as funds run dry",
    """The World Food Programme will cut food vouchers for [[nearly 1 million Rohingya
    refugees|aid;p;a=The World Food Programme]] in Bangladesh to {{$8}} a month from {{$10}},
    the agency said, the second cut in {{three months}}. Before the cuts began in {{February}},
    refugees received {{$12}} each. The agency said it needed {{$56 million}} to restore full
    rations until the end of the year. On Bhasan Char, [[some 30,000 refugees|aid;a=the agency;
    alt=The World Food Programme]] receive cooked meals instead, according to the agency.
    UNICEF said [[nearly 12,000 children|civilians;a=UNICEF]] in the camps were already
    acutely malnourished, a rate of {{15.1 per cent}} among those aged {{under five}}. Aid
    workers warned that [[hundreds of families|displaced;p;a=Aid workers]] could try to leave
    the camps by boat. [[About 1,500 Rohingya|displaced;a=UNHCR]] have already left by sea this
    year, and [[at least 300 of them|missing;a=UNHCR;n=-]] are missing, according to UNHCR.""",
)

item(
    "Landslides kill ten in Rohingya camps after record rain",
    """[[Ten people|killed;a=Bangladesh's Refugee Relief and Repatriation Commission]],
    including [[eight Rohingya refugees|killed;a=Bangladesh's Refugee Relief and Repatriation
    Commission]], were killed in landslides in the Ukhiya camps on Wednesday after {{300mm}} of
    rain fell in {{24 hours}}, Bangladesh's Refugee Relief and Repatriation Commission said. A search
    went on in {{Camp 10}}, where [[three homes|housing]] were buried. The
    International Organization for Migration said [[more than 4,000 shelters|housing;a=The
    International Organization for Migration]] had been damaged since the start of the
    monsoon and [[about 1,900 refugees|displaced;a=The International Organization for
    Migration]] had been moved to communal facilities. Volunteers trained by the agency
    evacuated [[some 600 families|displaced]] from slopes at risk. The camps sit on {{6,000
    acres}} of cleared hillside.""",
)

item(
    "India detains Rohingya in Jammu, deports some to Myanmar",
    """Police in Jammu detained [[168 Rohingya|arrested;a=Police in Jammu]] after a verification
    drive and moved them to a holding centre in Kathua, police said on {{7 March}}. An estimated
    [[6,000 Rohingya|displaced;a=the state's home department]] live in Jammu, according to the
    state's home department, most of them in shanties on the city's edge. The Supreme Court
    declined to stop the deportation of a teenage girl, who was later sent back
    through the Moreh crossing. India has deported [[at least 12 Rohingya|returned;a=Human
    Rights Watch]] since {{2017}}, Human Rights Watch said. [[Some 40,000 Rohingya|displaced;
    a=officials]] live across India, officials said. Community leaders said [[between 150 and 200
    Rohingya|displaced;a=Community leaders]] had left Jammu for Hyderabad and Delhi in the weeks
    that followed, and that [[no more than 20 families|displaced;a=Community leaders]] remained in
    the Narwal settlement.""",
)

item(
    "Thai graves and stranded boats lay bare Andaman trafficking",
    """Thai police exhumed [[26 bodies|killed;a=Thai police]] from a jungle camp in Songkhla's
    Sadao district on {{1 May}}, and Malaysian police later found [[139 graves|killed;a=Malaysian
    police;u=other]] in [[28 abandoned camps|other;a=Malaysian police]] across the border at
    Wang Kelian. As the crackdown scattered smugglers, the International Organization for
    Migration estimated that [[up to 8,000 Rohingya and Bangladeshis|displaced;a=the
    International Organization for Migration;n=Rohingya and Bangladeshis]] were stranded on
    boats in the Andaman Sea. Indonesian fishermen rescued [[about 700 people|other;a=officials
    in Aceh]] off Aceh, officials in Aceh said. Thai authorities arrested [[more than 50
    people|arrested;a=Thai authorities]], among them a senior army officer, and issued warrants
    for [[dozens|arrested;p;a=Thai authorities]] more.""",
)

item(
    "Hundreds escape Malaysian immigration depot, six killed on highway",
    """[[528 Rohingya detainees|other;a=Malaysia's immigration department]] broke out of a
    temporary immigration depot in Sungai Bakap, Penang, before dawn on Wednesday, Malaysia's
    immigration department said. [[Six of them|killed;n=-]], including [[two children|killed]],
    were hit by vehicles as they crossed the North-South Expressway. By evening police had
    recaptured [[362|arrested;a=the inspector-general of police]], the inspector-general of police told reporters. Rights
    groups say [[some 1,500 Rohingya|arrested;a=Rights groups]] are held in Malaysian
    immigration depots, some for more than {{two years}}. Malaysia hosts [[about 107,000 Rohingya|displaced;a=the agency;alt=UNHCR]] registered with UNHCR, according to the agency.""",
)

item(
    "Joint count puts Rohingya in Bangladesh at just over a million",
    """A joint registration by Bangladesh and UNHCR has counted [[1,013,000 Rohingya|
    displaced;a=Bangladesh and UNHCR]] in the camps of Cox's Bazar district, living in
    [[about 220,000 families|displaced;a=Bangladesh and UNHCR]]. The refugees live in
    [[34 camps|capacity]] spread over Ukhiya and Teknaf. [[More than 500,000 identity cards|
    aid;a=officials]] have been issued so far, officials said, the first document many
    refugees have ever held. Children make up {{52%}} of the population, and [[around 30,000
    babies|other]] are born in the camps each year, according to the Joint Response Plan. The
    count does not include [[some 20,000 refugees|displaced]] on Bhasan Char.""",
)

item(
    "Boat carrying Rohingya capsizes fleeing Bhasan Char",
    """A trawler carrying [[about 40 Rohingya refugees|displaced;a=police]] trying to leave Bhasan
    Char capsized in the Meghna estuary on Saturday, police said, and [[11 bodies|killed;a=police]]
    had been recovered by Monday. The coast guard said it had rescued [[27 people|other;a=The
    coast guard]] and that [[at least 15|missing;a=The coast guard]] were still missing. Refugees
    on the island said [[dozens of families|displaced;a=Refugees on the island]] had paid
    brokers to take them to the mainland in recent months. Police said they had arrested [[two
    brokers|arrested;a=Police]]. The government says life on the island is better than in the
    crowded camps of Cox's Bazar.""",
)

item(
    "World Court timetable set in Rohingya genocide case",
    """The International Court of Justice will hold hearings on the merits of the case brought by
    The Gambia against Myanmar from {{12 January 2026}}, the court said. The Gambia filed the
    case on {{11 November 2019}}, citing the {{1948}} Genocide Convention. On {{23 January 2020}}
    the court ordered provisional measures, and on {{22 July 2022}} it rejected Myanmar's
    preliminary objections. Myanmar's counter-memorial was filed in {{August 2024}} after an
    extension of {{nine months}}. A ruling is not expected before {{2027}}.""",
)

item(
    "Rohingya appeal ends year barely two-thirds funded",
    """The {{2024}} Joint Response Plan for the Rohingya humanitarian crisis sought {{$852.4
    million}} and received {{65%}} of that by {{31 December}}, aid coordinators said. The
    shortfall was {{$298 million}}, the largest since the plan was first issued in {{2017}}.
    Food took {{about 30 per cent}} of spending. The {{2025-26}} plan, covering {{two years}}
    for the first time, asks for {{$934.5 million}} in its first year. Bangladesh's finance
    ministry said its own spending on the crisis in fiscal year {{2023-24}} had reached {{Tk
    1,200 crore}}.""",
)
