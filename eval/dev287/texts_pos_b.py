"""dev287 positives, part B: terror attacks on concert halls and shrines, unrest that closes
theatres, and the wars of Africa, Asia and the Americas as the stage and music desk reports them."""

POSITIVES = [
    (
        "Bolshoi cancels performances after gunmen attack Crocus City Hall concert",
        "The Bolshoi Theatre and other Moscow stages cancelled their weekend performances after "
        "gunmen opened fire on concertgoers and set fire to the Crocus City Hall on the edge of "
        "the capital on Friday night, killing at least 133 people, according to Russia's "
        "Investigative Committee. The attack came minutes before the rock band Piknik was due "
        "to go on stage in front of a crowd of several thousand. The Islamic State group "
        "claimed responsibility, and Russian authorities said they had detained 11 people, "
        "including four suspected gunmen, in the Bryansk region. Emergency workers were still "
        "searching the charred auditorium on Saturday, and the toll was expected to rise. The "
        "Moscow Philharmonic said that it would hold a minute of silence before its next "
        "concert. Theatre managers across the city said security checks at entrances would be "
        "tightened. By Sunday morning, flowers and toys were piled outside the Bolshoi's "
        "entrance and at a makeshift memorial near the burned hall.",
        "T V",
        "terror_attack",
    ),
    (
        "Vienna opera audience held inside as gunman attacks city centre",
        "Audiences at the Vienna State Opera and the Burgtheater were kept inside the buildings "
        "for several hours on Monday night as police hunted for attackers after a gunman opened "
        "fire in the streets of the old town, killing four people and wounding 22. Interior "
        "minister Karl Nehammer called it a terrorist attack and said the gunman, who was shot "
        "dead by police, was a sympathiser of the Islamic State group. It was the last evening "
        "before a coronavirus lockdown closed Austria's theatres, and many in the stalls had "
        "bought tickets to say goodbye to live performance. At the opera, where a performance "
        "of Tosca ended during the shooting, the orchestra's players waited with the public in "
        "the foyers and staff handed out water. Guests were allowed to leave after midnight, "
        "escorted in groups by police. Police sealed off the area around Schwedenplatz and "
        "asked residents to stay at home. Schools told parents to keep children at home on "
        "Tuesday, and soldiers were deployed to guard public buildings.",
        "T V",
        "terror_attack",
    ),
    (
        "Suicide bomber strikes Sufi shrine in Sehwan as devotees perform dhamaal",
        "A suicide bomber blew himself up among devotees performing the dhamaal, the ecstatic "
        "Sufi dance, at the shrine of Lal Shahbaz Qalandar in Sehwan on Thursday evening, "
        "killing at least 75 people and wounding more than 250, officials in Sindh province "
        "said. The Islamic State group claimed the attack through its Amaq news agency. "
        "Drummers who lead the dance every Thursday at sunset were among the dead, a shrine "
        "official said. Hospitals in the town were overwhelmed and the injured were taken by "
        "road to Hyderabad and Jamshoro, more than two hours away. The army said it had killed "
        "dozens of militants in raids across the country overnight. The shrine's keeper rang "
        "its bell and devotees danced again at dawn on Friday in defiance. Pakistan closed its "
        "border crossings with Afghanistan, saying the attack had been planned there. The "
        "shrine, one of the most revered in South Asia, draws hundreds of thousands of pilgrims "
        "every year. It was the deadliest in a series of attacks across the country in a single "
        "week.",
        "E T V M",
        "suicide_bombing",
    ),
    (
        "Wedding band among victims of Gwoza suicide bombings",
        "Three musicians from a band hired to play at a wedding in Gwoza were among at least 18 "
        "people killed when suspected Boko Haram suicide bombers, most of them women, blew "
        "themselves up at the ceremony, at a hospital and at a funeral in the town in Borno "
        "state on Saturday, the state emergency management agency said. Dozens of guests were "
        "wounded. The band's leader, a player of the goje fiddle known across northern Borno, "
        "survived with shrapnel wounds, relatives said. Musicians in Maiduguri said wedding "
        "bands had played under army protection for years but that attacks on gatherings had "
        "become rarer. Police said a member of the civilian joint task force was also killed. "
        "Borno's governor condemned the attacks and ordered extra security at public events. "
        "The agency said 42 wounded people had been taken to hospitals in Maiduguri, some in a "
        "serious condition. Gwoza was held by Boko Haram in 2014 before the army retook it, and "
        "many residents have returned only in recent years.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Ségou music festival postponed after jihadist attack on army post",
        "Organisers of the Festival sur le Niger in Ségou have postponed this year's edition "
        "after fighters of the al-Qaeda-linked JNIM attacked an army post about 60 km from the "
        "town, killing at least 14 soldiers, according to local officials and a security "
        "source. Mali's armed forces said in a statement that they had repelled a \"terrorist "
        'attack" and killed dozens of assailants, figures that could not be independently '
        "verified. The festival, which draws griots, kora players and dancers from across West "
        "Africa to the banks of the Niger each February, said it could not guarantee the safety "
        "of artists travelling by road. Fighting was reported again on Tuesday near the village "
        "of Farabougou. The festival's director said he hoped to hold a shorter programme in "
        "Bamako instead. The area around Ségou has seen a rise in attacks on military posts and "
        "convoys this year. Several villages have emptied as residents fled towards the town, a "
        "local official said.",
        "B T D",
        "attack",
    ),
    (
        "Khartoum musicians killed in shelling as orchestra members flee to Cairo",
        "Two members of Sudan's National Orchestra were killed when shells hit their homes in "
        "Omdurman as fighting between the army and the paramilitary Rapid Support Forces raged "
        "across the capital, colleagues said on Wednesday. The Sudan Doctors' Committee said at "
        "least 40 civilians had been killed in the city over the past 48 hours. Other members "
        "of the orchestra have reached Cairo by bus via Wadi Halfa, joining tens of thousands "
        "of Sudanese who have crossed into Egypt since the war began in April. A violinist who "
        "made the journey said she had left her instrument behind at a checkpoint. Musicians in "
        "exile have started giving concerts in Cairo cafés to raise money for families still "
        "trapped in Khartoum, where water and electricity have been cut for weeks. The "
        "orchestra had rehearsed in a building near the national theatre in Omdurman, which "
        'residents say was hit by shells last month. "We were playing Bach in March," one '
        "flautist said.",
        "E D H",
        "shelling",
    ),
    (
        "Oud player among villagers killed in paramilitary raid in Gezira",
        "A well-known oud player and singer was among dozens of villagers shot dead when "
        "fighters of the Rapid Support Forces stormed his village in Sudan's Gezira state, "
        "relatives and a local resistance committee said. The committee said at least 100 "
        "people were killed over two days, and that women were abducted and homes looted. The "
        "RSF denied targeting civilians and said it had fought army-aligned militias in the "
        "area. The musician, who recorded for Sudanese radio in the 1990s and taught dozens of "
        "young players in Wad Madani, had refused to leave his home, his nephew said. Survivors "
        "fled on foot towards the town of Managil. The UN's humanitarian office said tens of "
        "thousands of people had been displaced from eastern Gezira in the past week alone. "
        "Sudan's army said it had retaken several towns in the state in recent weeks. Relatives "
        "said they buried the musician in his courtyard, with his oud beside him.",
        "V D",
        "massacre",
    ),
    (
        "Folk singer killed by Taliban as Afghan musicians go into hiding",
        "Fawad Andarabi, a folk singer who played the ghichak and sang of his home valley, was "
        "dragged from his house and shot dead by Taliban fighters in the Andarab valley north "
        "of Kabul, his son said on Sunday. The killing came as the Taliban fought resistance "
        "forces in neighbouring districts after seizing the capital earlier this month. A "
        "Taliban spokesman said the group would investigate. Musicians in Kabul said they had "
        "hidden or destroyed their instruments and that several had fled towards the border "
        "with Pakistan. Students and teachers of the Afghanistan National Institute of Music "
        "were among the crowds at Kabul airport hoping for evacuation flights. The former UN "
        "special rapporteur on cultural rights called the killing a warning to artists across "
        "the country. Amnesty International said the killing showed the group had not changed "
        "since the 1990s, when it banned music. Radio stations in several provinces have "
        "stopped playing music since the takeover.",
        "V D",
        "killing",
    ),
    (
        "Myanmar orchestra players arrested as troops open fire on protesters in Yangon",
        "Security forces in Myanmar arrested at least four members of the Yangon-based Myanmar "
        "National Symphony Orchestra on Sunday, relatives said, as soldiers and police opened "
        "fire on crowds protesting against the military coup in several districts of the city. "
        "The Assistance Association for Political Prisoners said at least 38 people had been "
        "killed across the country on the deadliest day since the generals seized power. The "
        "musicians had played protest songs outside the Sule Pagoda at a rally that was "
        "dispersed with stun grenades and live rounds. A poet and a well-known rapper were also "
        "detained in the past week, fellow artists said. The orchestra's foreign partners in "
        "Japan said they were trying to find out where their colleagues were being held. "
        "Martial law was declared in two townships of Yangon after factories were set on fire. "
        "Witnesses said soldiers fired into houses in Hlaing Tharyar, and thousands of "
        "residents fled across the river.",
        "U V D",
        "crackdown",
    ),
    (
        "Tehran musicians arrested as security forces fire on protesters",
        "Iranian security forces arrested two members of the Tehran Symphony Orchestra and a "
        "choreographer this week as protests over the death in custody of Mahsa Amini entered "
        "their fourth week, friends of the artists said. Rights groups said at least 185 people "
        "had been killed in the crackdown, including 19 children, as police fired tear gas and "
        "live ammunition at crowds in Tehran, Zahedan and cities in the Kurdish north-west. "
        "Several musicians had resigned from state ensembles in solidarity with the protesters. "
        "A dancer who filmed herself dancing unveiled in a Tehran street was summoned by "
        "prosecutors. Concerts at Vahdat Hall have been cancelled, and the state broadcaster "
        "has stopped airing orchestral music, a member of the orchestra said. Internet "
        "restrictions made the reports hard to verify. Several theatres in Tehran have also "
        "suspended performances, and a number of actresses have posted photographs of "
        "themselves without headscarves in support.",
        "U",
        "crackdown",
    ),
    (
        "Hong Kong Philharmonic cancels concert as police fire tear gas in Tsim Sha Tsui",
        "The Hong Kong Philharmonic Orchestra cancelled its Saturday concert at the Cultural "
        "Centre after police fired tear gas at protesters on Nathan Road and the waterfront in "
        "Tsim Sha Tsui, a few hundred metres from the hall. Protesters threw petrol bombs and "
        "set fire to barricades outside the police station, and officers made dozens of "
        "arrests, police said. The orchestra said audience safety could not be guaranteed and "
        "offered refunds. It was the third cancellation in a month at the harbourfront venue. "
        "Ushers said tear gas had drifted into the foyer during the afternoon rehearsal. Across "
        "the harbour, the Hong Kong Arts Centre in Wan Chai closed early as protesters and riot "
        "police faced each other on Hennessy Road. Hong Kong's government said the violence was "
        "unacceptable and that the police had acted with restraint. The orchestra's next "
        "concert, a programme of Mahler, has been moved to a Sunday afternoon.",
        "U",
        "riot",
    ),
    (
        "Theatre set on fire on third night of rioting in Paris suburbs",
        "A municipal theatre in the Seine-Saint-Denis suburb of Montreuil was partly destroyed "
        "by fire overnight as rioting over the police shooting of a teenager in Nanterre spread "
        "for a third night, local officials said. Youths threw fireworks and petrol bombs at "
        "police, who responded with tear gas and rubber bullets, and more than 660 people were "
        "arrested across France, according to the interior ministry. The theatre, which ran a "
        "children's dance school and a festival of contemporary circus, lost its lobby and box "
        "office, its director said. Libraries and town halls were also attacked in several "
        "towns. France's culture minister said on Friday that the state would help to rebuild "
        "every cultural building that had been damaged. Performers gathered outside the "
        "blackened doors at noon. More than 200 police officers were injured, according to the "
        "interior ministry. Teachers at the dance school said classes would resume in a gym "
        "next week.",
        "U",
        "riot",
    ),
    (
        "Kenya National Theatre shuts as police shoot protesters near parliament",
        "The Kenya National Theatre in Nairobi cancelled its performances for the week after "
        "police opened fire on protesters who stormed parliament on Tuesday and set part of the "
        "building alight, a few streets from the theatre. The Kenya National Commission on "
        "Human Rights said at least 22 people were killed in the protests against tax rises, "
        "most of them in Nairobi. Actors from a Swahili production of Mother Courage said they "
        "had sheltered in the green room as tear gas filled Harry Thuku Road. The theatre's "
        "director said an usher had been wounded by a rubber bullet. Young protesters, many of "
        "them students, had marched peacefully for a week before the violence. Theatres in "
        "Mombasa and Kisumu also closed early. President William Ruto called the storming of "
        "parliament treasonous and deployed the army to support the police. Hospitals said they "
        "had treated more than 300 people for injuries. On Wednesday the company rehearsed in "
        "the theatre's garden.",
        "U",
        "crackdown",
    ),
    (
        "Goma festival musicians flee as M23 rebels fight their way into the city",
        "Musicians who play each year at the Amani festival in Goma fled across the border into "
        "Rwanda or south towards Bukavu this week as M23 rebels, backed by Rwandan troops "
        "according to the UN, fought their way into the eastern Congolese city. Hospitals in "
        "Goma were overwhelmed with wounded, the International Committee of the Red Cross said, "
        "and bodies lay in the streets after heavy fighting around the airport. The UN said "
        "hundreds of thousands of people displaced by earlier fighting were once again on the "
        "move. The festival's director said the organisation had lost contact with several of "
        "its volunteers. Its office on the lake shore was looted. Electricity and water were "
        "cut across the city, and aid agencies suspended distributions. The UN peacekeeping "
        "mission said it had moved some staff to Entebbe. The festival's founder said the "
        "event, planned for July, would not take place this year.",
        "B D H",
        "battle",
    ),
    (
        "Gangs torch Haiti's national arts school as fighting spreads in the capital",
        "Gangs of the Viv Ansanm coalition set fire to Haiti's National School of Arts, known "
        "as Enarts, in downtown Port-au-Prince on Monday, destroying classrooms, a dance studio "
        "and the school's collection of drums and paintings, its director said. The attack came "
        "as gang members fought police and soldiers for control of the neighbourhoods around "
        "the national palace, where heavy gunfire was heard through the night. The "
        "International Organization for Migration said more than 5,000 people had fled the area "
        "in three days. Teachers had moved classes to a church in Pétion-Ville months ago, but "
        'instruments and archives had remained in the building. "They burned our memory," said '
        "a dance teacher who had taught there for 20 years. The school, founded in 1983, "
        "trained many of the country's actors, musicians and painters. Haiti's culture minister "
        "condemned what she called an attack on the nation's memory, and the national police "
        "said officers had pushed the gangs back by Tuesday morning.",
        "B D",
        "arson",
    ),
    (
        "Taiz music teacher killed by sniper fire on her way to class",
        "A music teacher who ran a small school for girls in Taiz was killed by sniper fire as "
        "she crossed a road near the front line on her way to class, colleagues and local "
        "officials said. The city's government-aligned authorities blamed Houthi fighters "
        "positioned in the hills to the east, who have besieged parts of the city for years. "
        "The teacher, who taught oud and singing to about 30 pupils in a basement, had received "
        "threats for her work, friends said. Save the Children said shelling and sniper fire "
        "had killed or wounded dozens of children in Taiz this year. Her students sang at her "
        "funeral on Wednesday. The city's cultural office said the school would close until a "
        "new teacher could be found. Both sides in Yemen's war have been accused of targeting "
        "civilians. A truce agreed earlier this year has reduced air strikes across the "
        "country, but fighting has continued around Taiz.",
        "V",
        "sniper_attack",
    ),
    (
        "Bahir Dar theatre festival cancelled as fighting erupts in Amhara",
        "Organisers cancelled a national theatre festival due to open in Bahir Dar this weekend "
        "after heavy fighting broke out between the Ethiopian army and Fano militiamen in the "
        "city and in Gondar, residents and aid workers said. Gunfire was heard near the Blue "
        "Nile bridge and the militia briefly held parts of the town, according to residents. "
        "The federal government declared a state of emergency in the Amhara region and cut "
        "internet access. Actors from Addis Ababa who had travelled to Bahir Dar said they were "
        "stuck in their hotel and that flights had been suspended. A hospital official told "
        "Reuters that dozens of wounded had been brought in. The festival had been planned as "
        "the first major cultural event in the region since the end of the war in Tigray. The "
        "Fano militia has fought government forces since the federal government moved to "
        "dissolve regional special forces in April. Organisers said some productions could "
        "travel to Addis Ababa later in the year.",
        "B",
        "battle",
    ),
    (
        "Cali marimba school closes after wave of bomb attacks in Cauca and Valle",
        "A marimba school in Cali that teaches the music of Colombia's Pacific coast closed its "
        "doors on Wednesday after a wave of bomb and rifle attacks on police stations across "
        "the city and the neighbouring Cauca department killed at least seven people, officials "
        "said. Authorities blamed the Estado Mayor Central, a faction of dissidents from the "
        "former FARC guerrillas, and President Gustavo Petro called the coordinated attacks "
        "terrorism. A motorcycle bomb exploded two blocks from the school in the Meléndez "
        "district, shattering its windows and wounding a passer-by. The school's founder said "
        "parents had asked to keep children at home. The Petronio Álvarez festival, Cali's "
        "largest celebration of Afro-Colombian music, said its August programme was not "
        "affected. Police said they had arrested two suspects, one of them a 17-year-old. Petro "
        "said the attacks were a response to military operations against the group's commanders "
        "in Cauca.",
        "E T",
        "bombing",
    ),
]
