"""Positives of dev331 (part B): screen-desk stories that report current armed conflict or
political violence. (title, text, tag codes, kind); texts are written wrapped and joined here."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Protesters set fire to Bangladesh state broadcaster as quota unrest spreads",
        _t("""Protesters set fire to the headquarters of Bangladesh Television in Dhaka's
        Rampura area on Thursday, forcing the state broadcaster off the air as clashes over
        government job quotas spread across the country. Staff said hundreds of people broke
        through the gate, torched the reception building and dozens of vehicles parked in the
        compound, and trapped employees on upper floors until firefighters reached them. Police
        fired rubber bullets, tear gas and, according to witnesses, live ammunition at crowds in
        several parts of the capital. At least 25 people were killed on Thursday alone, hospital
        officials told local newspapers. Mobile internet had already been suspended, and private
        channels said they were struggling to send footage from outside Dhaka. The information
        minister visited the charred building on Friday and said the attack had been planned to
        "cut the nation off from the truth". Students leading the protests denied involvement
        and blamed ruling-party activists for the violence on campuses. A nationwide curfew was
        imposed on Friday night, with soldiers deployed in the capital."""),
        "U",
        "riot",
    ),
    (
        "Kathmandu media house torched as protesters set parliament ablaze",
        _t("""The headquarters of Nepal's largest private media group was set on fire in
        Kathmandu on Tuesday as youth-led protests against corruption and a social media ban
        turned into a day of arson across the capital. Crowds also set alight the parliament
        building, the Supreme Court and the homes of several senior politicians, and the prime
        minister resigned in the afternoon. Employees of the group's television channel and
        daily newspaper escaped through a back staircase as the lower floors burned, a senior
        editor said. The channel's transmission stopped for about a day. On Monday, police had
        fired live ammunition at demonstrators outside parliament, killing 19 people and wounding
        hundreds, according to the health ministry. The army took control of the streets on
        Tuesday night and imposed a curfew. The Federation of Nepali Journalists condemned the
        attack on the media house and called on protest leaders to rein in their supporters.
        Other newsrooms in the city sent their staff home early and removed their logos from
        vehicles."""),
        "U",
        "riot",
    ),
    (
        "M23 fighters take over state broadcaster in Goma as city falls",
        _t("""Fighters of the M23 rebel group took control of the studios of Congo's state
        broadcaster RTNC in Goma on Monday, and a spokesman for the rebel alliance appeared on
        air to tell residents that the city had been "liberated", after a night of heavy fighting
        with the army and allied militias. Gunfire and explosions were heard around the airport
        and the city centre into the afternoon, with bodies lying in several streets, residents
        said. Hundreds of Congolese soldiers surrendered to UN peacekeepers and handed over their
        weapons. The main prison was emptied during the night and looting broke out in shops
        and warehouses. Local journalists said they had stayed off the streets and filed by
        voice note. Tens of thousands of people who had already fled earlier fighting to camps
        around the city were on the move again, the UN refugee agency said. Aid agencies warned
        that hospitals were overwhelmed with wounded and that power and water had been cut. The
        rebels are backed by Rwanda, according to UN experts."""),
        "B D H",
        "offensive",
    ),
    (
        "Air force bombs Mekelle, says it targeted Tigray TV equipment",
        _t("""Ethiopia's air force carried out two air strikes on Mekelle, the capital of the
        Tigray region, on Wednesday, the government said, adding that it had targeted
        communications equipment used by the Tigray People's Liberation Front's television
        channel. A government spokesman said the broadcaster's transmission towers were legitimate
        military targets because they were used to coordinate fighters. A doctor at Ayder
        Referral Hospital said several people had been wounded in the second strike, including
        children, and that the hospital was short of medicines and fuel because of the blockade
        on the region. Tigray TV continued to broadcast later in the day, showing smoke over a
        residential district. Fighting has raged on several fronts in the neighbouring Amhara
        and Afar regions for weeks. A UN aid flight to Mekelle had to turn back during the raids,
        the world body said. Communications with the region have been almost entirely cut since
        June, making independent reporting very difficult."""),
        "E M H",
        "airstrike",
    ),
    (
        "Iranian state TV hit by Israeli strike during live news broadcast",
        _t("""An Israeli air strike hit the headquarters of Iran's state broadcaster IRIB in
        northern Tehran on Monday, interrupting a live news programme as the presenter was
        speaking. Footage showed the studio filling with dust and debris before the anchor
        hurried off set; the channel switched to a recorded programme moments later. Iranian
        state media said several employees were killed, among them a news editor. Israel's
        defence minister had earlier said the "Iranian propaganda and incitement mouthpiece"
        would disappear, and the military had issued an evacuation warning for the area. The
        anchor returned to the air within hours from a different studio, still covered in dust.
        The strike came on the fourth day of Israel's air campaign against Iran, which has hit
        nuclear sites, military bases and senior commanders. Iran has fired waves of ballistic
        missiles at Israeli cities in response. Journalists' groups said attacking a broadcaster
        because of its content was a breach of international law."""),
        "E M",
        "airstrike",
    ),
    (
        "Israeli strikes on Sanaa hit newspaper and TV offices, journalists among dead",
        _t("""Israeli air strikes on Sanaa on Wednesday hit a compound housing two newspapers and
        the studios of a Houthi-run television channel, killing at least 31 journalists and media
        workers, the Yemeni journalists' union said. Rescue teams worked through the night to
        pull bodies from the rubble of the building in the Tahrir district. Israel's military
        said it had struck Houthi military camps, a fuel depot and a "propaganda headquarters"
        in response to missile and drone launches at Israel. The Houthi-run health ministry put
        the overall death toll from the raids at more than 40. Press freedom monitors said it was
        one of the deadliest single attacks on the media they had recorded anywhere. Surviving
        staff printed a thin edition of one of the newspapers on Thursday with the faces of
        their colleagues on the front page. The strikes were the latest in a series on the
        capital and the port of Hodeidah since the Houthis began attacking shipping and Israeli
        territory in late 2023."""),
        "E M",
        "airstrike",
    ),
    (
        "Rebels broadcast fall of Assad from Syrian state TV as they seize Damascus",
        _t("""Opposition fighters took over the building of Syria's state television in
        Damascus early on Sunday and read a statement on air declaring that the government of
        Bashar al-Assad had been toppled, after a lightning offensive that brought them from
        Aleppo to the capital in twelve days. A group of men, some armed, said all state
        institutions would remain under the supervision of the former prime minister until a
        handover. Gunfire rang out in parts of Damascus as the rebels entered, and residents
        filmed crowds looting the presidential palace and pulling down statues. Government troops
        abandoned their posts at the edges of the city overnight, according to a war monitor.
        Staff at the broadcaster said they had been asked to stay and keep the channel running.
        Tens of thousands of people fled Homs towards the coast in the days before, the UN
        said, and many of those who had fled to Lebanon began to return. The whereabouts of the
        president were not immediately known."""),
        "B D",
        "offensive",
    ),
    (
        "Settlers attack Oscar-winning documentary co-director in West Bank village, soldiers detain him",
        _t("""A Palestinian co-director of the documentary that won an Academy Award this month
        was beaten by Israeli settlers in his village in the occupied West Bank on Monday and
        then detained by soldiers, his fellow filmmakers said. About a dozen masked settlers,
        some armed, attacked homes in Susya in the South Hebron Hills during the evening,
        smashing car windows and a water tank, residents said. The filmmaker was struck on the
        head and in the stomach, and soldiers who arrived took him from an ambulance, according
        to his Israeli co-director, who said he had been bleeding. The Israeli military said it
        had detained three Palestinians suspected of throwing stones at Israeli civilians and an
        Israeli citizen involved in a "violent confrontation". He was released the next day with
        bruises and an injury to his head. Rights groups say settler attacks in the area have
        surged since October 2023 and forced dozens of families out of their hamlets. The
        academy said it was aware of the reports."""),
        "V D",
        "settler_attack",
    ),
    (
        "Separatist fighters torch community radio, abduct TV journalist in Cameroon's North-West",
        _t("""Armed separatists set fire to a community radio station in the town of Bamenda's
        outskirts on Saturday night and abducted a journalist working for a regional television
        channel, Cameroon's ministry of communication said. The gunmen accused the station of
        broadcasting government messages during a lockdown they had ordered in the
        English-speaking regions. The journalist was seized from his home in front of his family, his
        wife told reporters, and a video later shared online showed him kneeling before men in
        mismatched uniforms. Transmitters, a generator and the station's small archive were
        destroyed. Separatist groups have been fighting the army since 2017 in a conflict that
        has killed more than 6,000 people and displaced hundreds of thousands. Soldiers were
        deployed to the neighbourhood on Sunday and exchanged fire with fighters near a market,
        residents said. The National Union of Cameroonian Journalists called for his release
        without conditions."""),
        "V B D",
        "abduction",
    ),
    (
        "Two European journalists killed in jihadist ambush on anti-poaching patrol in Burkina Faso",
        _t("""Two European journalists and an Irish conservationist were killed when jihadist
        fighters ambushed an anti-poaching patrol they were filming in eastern Burkina Faso, the
        government said on Tuesday. The journalists had been working on a documentary about
        protecting wildlife in the Pama reserve near the border with Benin. About 40 soldiers and
        forest rangers were in the convoy when it came under fire from gunmen on motorbikes and
        in pickup trucks, a security source said. Three people were wounded and one Burkinabe
        soldier was missing. An al-Qaeda affiliated group later said it had carried out the
        attack and that it had seized weapons and vehicles. The journalists' bodies were
        repatriated on Friday. Their production company said they had taken every precaution
        and had travelled with an official escort. Attacks by jihadist groups in the east have
        forced thousands of people to flee and closed hundreds of schools."""),
        "B T V D",
        "ambush",
    ),
    (
        "Local TV cameraman among thousands fleeing as ELN offensive engulfs Catatumbo",
        _t("""A cameraman for a regional television channel in Cucuta was among more than 30,000
        people who fled the Catatumbo region of north-eastern Colombia in five days, after ELN
        guerrillas launched an offensive against former FARC dissidents. The channel said its
        crew had been stopped at a roadblock near Tibu by armed men who told them to leave or be
        treated as enemies. Authorities said at least 80 people had been killed in the fighting,
        among them a former peace deal signatory and his family, and that the ELN had gone
        house to house with lists of names. Thousands of people arrived in Cucuta and Ocana and
        were sheltering in sports halls and hotels, while others crossed into Venezuela. The
        president suspended peace talks with the ELN and declared a state of internal unrest.
        Army helicopters evacuated hundreds of people from rural areas. The cameraman said he
        had left behind footage of burned houses and a community radio studio that had been
        hit by gunfire."""),
        "B V D",
        "offensive",
    ),
    (
        "Mob torches cable TV office in Imphal as ethnic clashes spread in Manipur",
        _t("""A mob set fire to the office of a local cable television network in Imphal on
        Thursday night as ethnic violence between Meitei and Kuki groups spread across Manipur,
        police said. Staff fled through a neighbouring house before the building was gutted, the
        network's owner said. Houses, churches and vehicles were burned in several districts, and
        the army and paramilitary forces were deployed and flag marches held in the state
        capital. The state government issued shoot-at-sight orders in "extreme cases" and
        suspended mobile internet. More than 9,000 people were moved to relief camps and army
        bases, officials said, while others fled to the neighbouring state of Mizoram. The
        violence began after a tribal solidarity march against a demand for Scheduled Tribe
        status. Local news channels suspended their evening shows and broadcast only official
        appeals for calm. Hospital officials in Imphal said they had received dozens of people
        with gunshot and burn injuries."""),
        "U V D",
        "communal_violence",
    ),
    (
        "Russian state TV correspondent killed by Ukrainian drone in Kursk region",
        _t("""A correspondent for Russia's main state television channel was killed on Sunday
        when a Ukrainian drone hit his car in the Kursk region, where Ukrainian forces have held
        a strip of Russian territory since their cross-border incursion this month, the channel
        said. His cameraman was wounded and taken to hospital in Kursk. The channel aired a
        tribute that evening, showing the reporter in helmet and body armour near the front.
        Russia's foreign ministry said he had been deliberately hunted by the drone operator,
        while Ukraine did not comment. Fighting continued around Sudzha, which Ukraine says it
        controls, and in several villages along the border. Russian authorities have evacuated
        more than 120,000 people from the area. Two other Russian state TV crews were wounded by
        drones in the same district last week. The reporter had covered the war in Ukraine since
        2022 and had earlier reported from Syria."""),
        "E B D",
        "drone_strike",
    ),
    (
        "Strike on journalists' guesthouse kills three media workers in south Lebanon",
        _t("""Three media workers were killed and several others wounded when an Israeli strike
        hit a guesthouse where journalists from at least seven outlets were staying in Hasbaya,
        southern Lebanon, before dawn on Friday, Lebanese officials said. Pictures from the scene
        showed crushed cars marked PRESS among the rubble of the chalets. The dead were a camera
        operator and a broadcast technician for a Beirut-based channel and a camera operator for
        a Hezbollah-affiliated broadcaster. Lebanon's information minister called it a war crime,
        saying Israel had been given the location. The Israeli military said it had struck a
        building from which Hezbollah operated and was reviewing the incident. Dozens of
        journalists had moved to the town because it was considered relatively safe from the
        fighting along the border. The strike came amid an Israeli ground campaign in southern
        Lebanon and heavy bombardment of Beirut's southern suburbs, which has displaced more than
        a million people."""),
        "E V D M",
        "airstrike",
    ),
    (
        "Hooded gunmen storm Ecuador TV studio live on air, hold staff at gunpoint",
        _t("""Hooded men armed with shotguns, pistols and explosives burst into the studio of a
        public television channel in Guayaquil on Tuesday during a live news programme, forcing
        staff to the floor as viewers watched. The broadcast ran for about 15 minutes, with
        shots audible and one gunman holding what looked like dynamite to a presenter's neck,
        before the signal was cut. Police units stormed the building and arrested 13 people,
        the national police chief said. The attack came a day after the president declared a
        state of emergency following the escape of a powerful gang leader from prison. Within
        hours, he signed a decree declaring an "internal armed conflict" and ordering the armed
        forces to neutralise 22 gangs that the government now calls terrorist organisations.
        Explosions were reported in several cities, and guards were taken hostage at prisons. A
        cameraman was shot in the leg and a technician had a broken arm, the channel said. Shops
        closed across Guayaquil as people hurried home."""),
        "T V M",
        "attack",
    ),
    (
        "Newsrooms broadcast from shelters as Iranian missiles hit Bat Yam and Tel Aviv",
        _t("""Israel's main television channels broadcast from reinforced rooms and basements
        through the night as waves of Iranian ballistic missiles hit the centre of the country,
        killing at least six people in Bat Yam and wounding dozens in Tel Aviv. Presenters in
        helmets read out alerts, while camera crews filmed rescuers digging through the remains
        of an apartment block in Bat Yam. The police asked broadcasters not to show the exact
        points of impact, and several foreign crews were detained briefly for filming near a
        military site. Magen David Adom said more than 100 people were taken to hospital, most
        with light injuries. The barrages followed Israeli strikes on Iranian military and
        nuclear facilities over the weekend. "We did the bulletin with a stool and a laptop in
        the shelter of our own building," one news editor said. Families from hit streets in
        Bat Yam were moved to hotels. Schools and theatres remained closed under Home Front
        Command orders."""),
        "E D",
        "missile_strike",
    ),
    (
        "Riot police beat journalists as Tbilisi protests enter fifth night",
        _t("""Georgian riot police beat several journalists covering protests outside parliament
        in Tbilisi on Monday night, broadcasters said, as demonstrations against the
        government's decision to suspend talks on joining the European Union continued for a
        fifth night. A reporter and a camera operator for an opposition-leaning channel were
        kicked while lying on the ground, footage shown on air indicated. Police used water
        cannon and tear gas on crowds on Rustaveli Avenue, while some protesters fired fireworks
        at officers and built barricades. The interior ministry said 224 people had been
        detained since Thursday and that more than 100 officers had been injured. The
        Ombudsman's office said many detainees showed signs of beatings. Georgia's three
        independent channels have been covering the protests round the clock. The country's
        Public Broadcaster was criticised by its own staff, dozens of whom signed a letter
        demanding that it show the violence. The prime minister praised the police for what he
        called their restraint."""),
        "U",
        "protest_crackdown",
    ),
]
