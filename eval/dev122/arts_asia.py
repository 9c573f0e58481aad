"""Asia and the Americas: the Rohingya in Bangladesh, Kabul's airlift, Afghans pushed out of
Pakistan, Myanmar's refugees in India and Thailand, Catatumbo and Haiti (7 articles with
figures)."""

from _wrap import item

item(
    "Rohingya influx: 18,000 more cross in a day",
    """[[Around 3.7 lakh Rohingyas|displaced;v=370000;a=the Inter Sector Coordination Group]]
    have entered Bangladesh since {{August 25}}, the Inter Sector Coordination Group (ISCG)
    of UN agencies and NGOs said yesterday. [[Another 18,000|displaced;a=the ISCG]] crossed in
    the previous {{24 hours}}, mostly through Shah Porir Dwip in Teknaf and Anjuman Para in
    Ukhiya, the ISCG said. The newcomers join [[around 300,000 Rohingyas|displaced]] who fled
    earlier waves of violence in Rakhine State. The government has allocated {{2,000 acres}}
    of forest land next to the Kutupalong camp, and the disaster management and relief
    ministry said [[14,000 shelters|capacity;p;a=the disaster management and relief ministry]]
    would be built there within {{ten days}}. Army engineers will also install
    [[8,500 latrines|aid;p;a=officials]], officials said. The Department of Immigration and Passports
    began biometric registration on Monday and had registered [[4,650 Rohingyas|displaced;a=a
    department official]] by evening, a department official told The Daily
    Star. Doctors at the Kutupalong field hospital have treated [[over 200 people|injured]] for
    gunshot wounds and landmine injuries. [[At least 46 Rohingyas|killed;a=the Border Guard
    Bangladesh]], including children, have drowned when boats capsized in the Naf river,
    according to the Border Guard Bangladesh. Families separated during the journey can call
    the helpline set up by the Red Crescent, {{01730-336699}}.""",
)

item(
    "First batch of Rohingyas shifted to Bhasan Char",
    """The first batch of [[1,642 Rohingyas|displaced;a=officials]] was relocated to Bhasan Char
    on Friday, officials said, despite objections from rights groups that some had been
    pressured to go. They were taken from the camps in Ukhiya to Chattogram on Thursday in
    [[about 40 buses|aid]] and sailed to the island on [[seven navy ships|aid]] in the morning.
    The island in the Bay of Bengal, which rose from the sea about {{20 years}} ago, lies
    {{34 kilometres}} from the mainland. The navy has built [[120 cluster villages|capacity;u=structure;a=the project director]]
    there with [[1,440 houses|capacity;a=the project director]] and space for [[1 lakh people|capacity;v=100000;a=the project director]],
    at a cost of {{Tk 2,312 crore}}, according to the project director. The government plans
    to move [[another 22,000 families|displaced;p;a=The government]] in phases over the coming
    months. "We came here willingly. The rooms are good and there are no landslides,"
    said Nur Kamal, {{35}}, who arrived with his wife and parents. The UN said it had not been
    allowed to assess the island's safety and was not involved in the relocation. [[More than
    1.1 million Rohingyas|displaced;v=1100000]] live in the [[34 camps|capacity]] of Cox's Bazar,
    most of them since the military crackdown in Myanmar in {{2017}}. Each family on the
    island receives rations for {{a month}} on arrival.""",
)

item(
    "Kabul airlift speeds up as crowds press at airport gates",
    """[[About 21,600 people|displaced;a=the White House]] were flown out of Kabul in the
    {{24 hours}} to {{3 a.m.}} on Monday, the White House said, the busiest day of the airlift
    so far, bringing the total since the Taliban took the capital to
    [[about 37,000|displaced;a=the White House]]. The flights were made by
    [[61 coalition aircraft|aid]], including military transport planes that have carried
    more than twice their usual load.
    [[About 5,800 U.S. troops|combatants]] now guard the airport, where
    [[thousands of Afghans|displaced]] gather at the gates each day hoping to get on a
    flight. The State Department said [[about 2,500 Americans|displaced;a=The State
    Department]] had been evacuated and that it was in touch with
    [[about 1,500|civilians;a=The State Department]] more believed to be still in the country.
    At Ramstein air base in Germany, [[about 12,000 evacuees|displaced]] were waiting in
    hangars and tents for onward flights to the United States. Officials expect to evacuate
    [[as many as 50,000|displaced;p;a=Officials]] by the end of the month, when the last
    troops are due to leave. Each {{C-17}} leaving Kabul is met in Qatar or Bahrain by aid
    workers with water and baby formula. "We don't know where we'll end up," said a
    {{29-year-old}} former interpreter at Ramstein who asked not to be named.""",
)

item(
    "Afghans leave Pakistan in their hundreds of thousands as deadline passes",
    """[[More than 327,000 Afghans|returned;a=Pakistan's interior ministry]] have left Pakistan
    since the government announced in early October that undocumented foreigners must go,
    Pakistan's interior ministry said on Sunday. [[About 25,000 a day|returned;a=officials
    there]] are crossing at Torkham, the main border post in Khyber Pakhtunkhwa, officials
    there told Anadolu, down from a peak of [[more than 29,000|returned;a=officials
    there]] on {{2 November}}. The government estimates that [[1.7 million undocumented
    Afghans|displaced;v=1700000;a=The government]] live in Pakistan, many of whom fled after
    the Taliban took power in {{August 2021}}. Police have detained
    [[over 4,000 Afghans|arrested]] in Karachi, Quetta and Islamabad and taken them to
    [[49 holding centres|capacity]] before deportation. The order does not apply to the
    [[1.3 million registered Afghan refugees|displaced;v=1300000]] who hold Proof of
    Registration cards. On the Afghan side, the Taliban's ministry of refugees said it had
    given cash to [[2,300 families|aid;a=the Taliban's ministry of refugees]], at
    {{10,000 afghanis}} each, and set up a camp with tents near the border. Iran has deported
    [[more than 400,000 Afghans|returned;a=the International Organization for Migration]] since
    January, according to the International Organization for Migration. "I was born in
    Peshawar. I have never seen Afghanistan," said Gul Rahman, {{19}}, waiting with his
    family in a lorry at Torkham.""",
)

item(
    "Myanmar's refugees find shelter in Mizoram, but Thailand sends some back",
    """[[More than 15,000 people|displaced;a=Tom Andrews]] have fled Myanmar into India since
    the military seized power on {{1 February}}, Tom Andrews, the UN special rapporteur on
    human rights in Myanmar, said on Wednesday. Most are in Mizoram, where the state
    government said [[about 9,250 people|displaced;a=the state government]] were sheltering
    with relatives, in community halls and in [[62 relief camps|capacity;a=the state
    government]]. The Young Mizo Association, the state's largest civil society group, said
    it had handed out [[3,000 food packets|aid;a=The Young Mizo Association]] in border
    villages. In Thailand, [[about 3,000 villagers|displaced]] crossed the Salween river into
    Mae Hong Son province after military air strikes on Karen areas in late March. Rights
    groups said Thai soldiers had sent [[about 2,000 of them|returned;n=-;a=Rights groups]] back
    within {{a week}}, a charge Thailand denies. Inside Myanmar,
    [[an estimated 175,000 people|displaced;a=OCHA]] have been displaced since February, OCHA
    said, many of them hiding in the jungle in Karen, Kayah and Chin states. The border
    between India and Myanmar runs for {{1,643 kilometres}}, and residents on both sides can
    move up to {{16 kilometres}} without a visa under an agreement dating from {{2018}}.""",
)

item(
    "Catatumbo fighting sends tens of thousands to Cúcuta",
    """Fighting between the ELN guerrilla and dissidents of the former FARC in Colombia's
    Catatumbo region has displaced [[more than 36,000 people|displaced;a=William Villamizar]]
    since {{16 January}}, the governor of Norte de Santander, William Villamizar, said on
    Tuesday, the largest displacement Colombia has recorded in decades. The ombudsman's
    office said [[about 80 people|killed;a=The ombudsman's office]] had been killed, among them
    former FARC combatants who signed the {{2016}} peace deal. In Cúcuta, the regional
    capital, the city has opened [[11 shelters|capacity;a=the mayor's office]] in schools,
    sports halls and the General Santander stadium with room for
    [[4,000 people|capacity;a=the mayor's office]], and they were holding
    [[about 3,600|displaced;a=the mayor's office]] on Monday night, the mayor's office said.
    The army has evacuated [[280 people|displaced]] by helicopter from rural Tibú, many of
    them ex-combatants and their families. Venezuelan authorities said
    [[about 1,500 Colombians|displaced;a=Venezuelan authorities]] had crossed into Zulia state,
    a reversal of the usual direction of flight. President Gustavo Petro declared a state
    of internal commotion and the defence ministry said
    [[5,000 soldiers|combatants;a=the defence ministry]] had been sent to the region. Women
    who have suffered violence during the displacement can call the national helpline,
    {{155}}, at any hour.""",
)

item(
    "Haiti's displaced pass 700,000 as deportations from Dominican Republic climb",
    """Gang violence has displaced [[more than 700,000 people|displaced;a=the International
    Organization for Migration]] in Haiti, the International Organization for Migration said
    Tuesday, nearly double the figure of a year ago. {{More than half}} are children. In the
    capital, Port-au-Prince, [[about 110 makeshift sites|capacity;a=the agency;alt=the
    International Organization for Migration]], from schools and churches to public squares,
    shelter families who fled their neighborhoods, the agency said. [[Nearly 6,000 people|displaced]]
    fled the Solino neighborhood in {{two days}} last week after gangs attacked it. The United
    Nations says [[more than 5,600 people|killed;a=The United Nations]] were killed in Haiti
    in {{2024}}. At the same time, the Dominican Republic deported
    [[more than 276,000 Haitians|returned;a=the IOM]] last year, the IOM said, and the
    Dominican government has pledged to send back [[up to 10,000 a week|returned;p;a=the
    Dominican government]]. Many deportees arrive at the Belladère and Ouanaminthe crossings
    with nothing and no home to go back to. A Kenyan-led security mission has
    [[about 400 police officers|combatants]] in the country, far fewer than the
    [[2,500|combatants;p]] envisioned. The World Food Programme said it was providing hot meals
    to [[about 60,000 displaced people|aid;a=The World Food Programme]] in sites across the
    capital.""",
)
