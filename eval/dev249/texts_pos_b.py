"""dev249 positives, part B: mental-health stories that report current strikes, killings,
fighting, crackdowns or flight in a war or uprising under way. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Manchester’s children offered counselling in schools after arena bombing",
        "Schools across Greater Manchester will have counsellors on hand from Wednesday after the "
        "suicide bombing at the Manchester Arena, which killed 22 people, many of them children and "
        "teenagers leaving an Ariana Grande concert. Police said the attacker detonated a homemade "
        "device in the foyer as the crowd streamed out on Monday night, and Islamic State has "
        "claimed responsibility. NHS trusts have set up a dedicated helpline, and the city council "
        "said trained staff would visit every school that lost a pupil. “Children who were there, "
        "and many who were not, will have questions we cannot fully answer,” said a consultant "
        "child psychiatrist at Royal Manchester Children’s Hospital, where a dozen young patients "
        "were still being treated. The threat level has been raised to critical and soldiers are "
        "being deployed to guard key sites. Charities warned parents to watch for changes in sleep "
        "and appetite in the coming weeks.",
        "T E V",
        "terror_attack",
    ),
    (
        "Muslim counsellors open their doors in Christchurch after mosque shootings",
        "Muslim counsellors from Auckland and Wellington have travelled to Christchurch to support "
        "families after Friday’s attacks on the Al Noor mosque and the Linwood Islamic Centre, in "
        "which a gunman killed 50 worshippers during prayers. Prime Minister Jacinda Ardern has "
        "described the shootings as a terrorist attack, and a 28-year-old Australian man has been "
        "charged with murder. At a community hall near Hagley Park, volunteers who speak Arabic, "
        "Somali and Urdu took turns listening to relatives who were still waiting for bodies to be "
        "released. “In our faith we bury quickly. The waiting is its own wound,” said one "
        "imam. The Canterbury District Health Board said it had extended its mental health crisis "
        "lines and brought in staff from other regions. Many survivors are refugees who fled wars in "
        "Syria, Afghanistan and Somalia, and clinicians warned that the attack could reopen old "
        "trauma. Armed police remain outside mosques across the country.",
        "T V",
        "terror_attack",
    ),
    (
        "At the Paris emergency psychiatric unit, a long night after the Bataclan",
        "The emergency psychological unit set up by Paris hospitals near the Bataclan concert hall "
        "saw hundreds of people in the hours after Friday’s attacks, its head said on Sunday. Gunmen "
        "and suicide bombers struck the hall, bars and restaurants in the 10th and 11th "
        "arrondissements and the Stade de France, killing 130 people in the deadliest attacks in "
        "France since the Second World War. Islamic State said it was behind them. “People came "
        "to us covered in blood that was not theirs,” said the psychiatrist, who coordinates the "
        "unit. A hotline opened by the health ministry was overwhelmed on Saturday. Witnesses "
        "described sheltering for hours in toilets and on the roof as the attackers held hostages "
        "inside. President François Hollande declared a state of emergency and three days of "
        "national mourning. Psychiatrists said it would be weeks before they knew how many "
        "survivors would develop post-traumatic stress disorder.",
        "T E V",
        "terror_attack",
    ),
    (
        "Kyiv’s cold, dark nights take their toll as Russia targets power plants",
        "Kyiv residents say the blackouts that followed this week’s Russian missile and drone "
        "strikes on power stations are wearing down what resilience they have left. The energy "
        "ministry said the attack on Tuesday night, one of the largest of the winter, hit thermal "
        "plants and substations, leaving hundreds of apartment blocks without heating in "
        "sub-zero temperatures. “You lie under three blankets and listen to the drones, then you "
        "go to work,” said Iryna, a school psychologist on the left bank. Ukraine’s mental health "
        "programme, championed by the first lady, has trained thousands of family doctors in basic "
        "psychological support, but psychologists say demand in the capital far outstrips what "
        "they can give. City authorities opened heated “points of invincibility” where people "
        "can charge phones and get tea. Residents of districts hit by debris were evacuated, and "
        "emergency services said two people were killed.",
        "E H",
        "missile_strike",
    ),
    (
        "Tehran residents describe panic and flight as Israeli strikes continue",
        "Residents of Tehran describe sleepless nights, panic attacks and long queues of cars "
        "leaving the capital as Israeli strikes on the city entered a fourth day. Explosions have "
        "been heard in the north of the city, and Iranian officials said strikes had hit residential "
        "buildings as well as military and nuclear sites, killing and wounding hundreds of people. "
        "“My mother cannot breathe when she hears the air defence,” a 29-year-old graphic designer "
        "said by message before the internet slowed again. Many families have headed for the "
        "Caspian coast, and petrol stations have imposed limits. A psychologist who runs an online "
        "practice said clients in Tehran were writing to cancel because they had fled. In Israel, "
        "Iranian ballistic missiles have struck Tel Aviv and Haifa, and the health ministry there "
        "reported a jump in calls to mental health hotlines. Psychologists in both countries said "
        "they were treating people with no shelter to go to.",
        "E D",
        "airstrike",
    ),
    (
        "Burnout, guilt and grief: Gaza’s aid workers near breaking point",
        "Humanitarian staff in Gaza say they are at breaking point, after another week in which "
        "Palestinians were shot while trying to reach food distribution sites and aid trucks were "
        "looted on the road from Kerem Shalom. The UN human rights office said dozens of people "
        "had been killed near the sites run by the Gaza Humanitarian Foundation in recent days. "
        "“I tell parents there is no flour, then I go home and there is no flour for my "
        "children either,” said a Palestinian staff member of an international charity in Deir "
        "al-Balah. The World Food Programme says famine conditions are spreading and that most "
        "households go whole days without eating. Agencies have tried to bring in staff welfare "
        "counsellors, but Israel has refused visas to several, according to aid officials. “We "
        "are not talking about burnout in the way you would in London. Our colleagues are being "
        "killed,” a senior aid official said.",
        "V H",
        "aid_shooting",
    ),
    (
        "Psychological first aid in Tawila as survivors of El Fasher’s fall arrive",
        "Aid agencies in Tawila, 60 kilometres west of El Fasher, say they are struggling to offer "
        "even basic psychological first aid to the thousands of people arriving after the Rapid "
        "Support Forces captured the city this week. Survivors describe fighters shooting people "
        "in the streets and at checkpoints on the way out, and the UN has said it received reports "
        "of mass killings, including at a hospital. “Women arrive without their husbands and "
        "cannot say what happened to them,” said a counsellor with a Sudanese women’s network. "
        "Many walked for days without water. The International Organization for Migration said "
        "more than 60,000 people had fled the city since the weekend. MSF said its teams had "
        "treated large numbers of malnourished children and people with gunshot wounds. "
        "“Psychological first aid is the least we owe them, and we cannot even do that at "
        "scale,” the counsellor said.",
        "B V D H",
        "massacre",
    ),
    (
        "Rohingya children arriving in Cox’s Bazar have seen villages burn, aid groups say",
        "Rohingya children arriving in Bangladesh have witnessed killings and the burning of their "
        "villages in Myanmar’s Rakhine state, aid agencies said on Thursday, warning of a mental "
        "health emergency in the camps around Cox’s Bazar. More than 400,000 people have crossed "
        "the border in less than a month, fleeing an army operation that the UN human rights chief "
        "called a textbook example of ethnic cleansing. At a child-friendly space in Kutupalong, "
        "boys drew helicopters and men with guns. “A girl told me soldiers threw her brother into "
        "the fire,” said a case worker with BRAC. Unicef said about 60% of the new arrivals "
        "were children, and that many had lost their parents on the way. New arrivals are still "
        "crossing by boat at night, and smoke from burning villages can be seen across the Naf "
        "river.",
        "M V D H",
        "military_operation",
    ),
    (
        "Palma attack survivors in Pemba: ‘We ran into the bush and kept running’",
        "In a crowded house in Pemba, a volunteer from a local church sits with a family who fled "
        "Palma after insurgents stormed the town last week. Fighters from the group known locally "
        "as al-Shabaab, which has pledged allegiance to Islamic State, attacked from several sides, "
        "beheading some residents and killing people trying to escape, according to survivors and "
        "rights groups. “We ran into the bush and kept running,” said Amina, whose eldest son is "
        "missing. Boats and planes have brought thousands of displaced people to Pemba, where the "
        "UN says host families are sheltering many more than they can feed. Mental health services in "
        "Cabo Delgado were thin before the insurgency. The health ministry has sent a small team of "
        "psychologists, and Unicef has begun sessions for children. Mozambican troops say they are "
        "still clearing the town.",
        "T V D",
        "attack",
    ),
    (
        "Hong Kong counselling lines swamped as PolyU siege enters third night",
        "Counselling hotlines in Hong Kong said they were overwhelmed on Tuesday as police kept "
        "hundreds of protesters penned inside the Polytechnic University for a third night, firing "
        "tear gas and rubber bullets at those who tried to escape. Parents gathered outside the "
        "cordon, and some students inside sent messages saying they were considering suicide, "
        "according to social workers. The Samaritans said calls had more than doubled since the "
        "clashes began. Protesters threw petrol bombs and set fires at the campus entrances, and "
        "police warned they could use live rounds. “We are seeing a generation that is exhausted "
        "and frightened,” said a clinical psychologist at the University of Hong Kong, whose team "
        "has surveyed residents throughout the unrest. Some students escaped by sliding down "
        "ropes onto a highway, where they were picked up by waiting motorcyclists.",
        "U",
        "crackdown",
    ),
    (
        "Tbilisi psychologists document beatings of detained protesters",
        "A group of Georgian psychologists has begun documenting the mental state of protesters "
        "beaten after arrest in Tbilisi, as demonstrations against the government’s suspension of "
        "EU accession talks continued for a sixth night. Riot police used water cannon and tear gas "
        "to clear Rustaveli Avenue, and the interior ministry said more than 300 people had been "
        "detained. The public defender said many showed injuries to the head and face. “Several "
        "of the young people I saw were in acute shock, and two could not remember the night,” "
        "said a psychologist who volunteers with a legal aid group. Protesters have thrown "
        "fireworks at police lines, and officers were also hurt, the ministry said. The "
        "psychologists say their reports will be shared with lawyers preparing complaints. Some "
        "detainees have been released after paying fines; others face criminal charges.",
        "U",
        "crackdown",
    ),
    (
        "Belgorod’s children sent to camps as shelling of the city goes on",
        "The authorities in Russia’s Belgorod region have begun sending hundreds of children from the "
        "city to summer camps in other regions, citing psychological strain, after a week of "
        "Ukrainian shelling and drone attacks. Governor Vyacheslav Gladkov said a strike on Saturday "
        "hit a residential building and killed several people. Psychologists at a municipal centre "
        "said children were afraid to go outside and that parents were asking for help with "
        "sleep problems. “They know the sound of each type of alarm,” one said in a video "
        "released by the regional government. Concrete shelters have been installed at bus stops "
        "in the city. The governor said schools would move to distance learning. Russia’s "
        "invasion of Ukraine continues, and Moscow says Belgorod is being targeted in "
        "retaliation for its strikes on Kharkiv, 40 kilometres away.",
        "E D",
        "shelling",
    ),
    (
        "After the Ogossagou massacre, Mali’s survivors have no one to talk to",
        "Survivors of Saturday’s massacre in Ogossagou, a Fulani village in central Mali where "
        "gunmen killed around 160 people, are staying with relatives in Bankass and Mopti, with no "
        "mental health support, aid workers said. Witnesses said men dressed as Dozo hunters "
        "surrounded the village at dawn, shot residents and set huts on fire. The government has "
        "dissolved a Dogon militia accused of the attack. “There are women who lost every man in "
        "their family in one morning,” said a Red Cross worker in Mopti, who said the organisation "
        "had sent a small team including one psychologist. Mali has about ten psychiatrists for a "
        "population of 20 million, according to the WHO. UN peacekeepers have begun patrols in the "
        "area. Fulani community leaders say families are too afraid to return to bury the dead.",
        "V D",
        "massacre",
    ),
    (
        "At Ramstein, Afghan evacuees show the strain of the Kabul airport bombing",
        "Military psychologists at Ramstein air base in Germany say many of the Afghans flown out "
        "of Kabul this week are in acute distress, after Thursday’s suicide bombing at the "
        "airport’s Abbey Gate killed more than 170 Afghans and 13 US service members. Islamic State "
        "Khorasan claimed the attack. Some evacuees were in the crowd by the canal when the bomb "
        "went off and saw relatives killed, a US official said. “We are seeing grief, shock and "
        "guilt at being the ones who made it,” said a chaplain working at the base, where "
        "thousands are sleeping in hangars and tents. Aid agencies are providing interpreters and "
        "basic counselling while the evacuees wait to be processed for onward flights. The last "
        "evacuation flights are due to leave Kabul within days, and thousands more Afghans are "
        "still trying to reach the airport.",
        "T E V D",
        "terror_attack",
    ),
    (
        "Kumba school attack leaves pupils too frightened to return to class",
        "Pupils who survived Saturday’s attack on a school in Kumba, in Cameroon’s South-West "
        "region, are being offered counselling in the town’s hospital, where several are still "
        "being treated for gunshot and machete wounds. Gunmen stormed Mother Francisca "
        "International Bilingual Academy and opened fire in a classroom, killing seven children. "
        "The government blamed armed separatists, who deny it. “My daughter hid under a bench and "
        "heard her friends being shot,” a father said. The UN called for a rapid and impartial "
        "investigation and said schools in the anglophone regions had been repeatedly attacked "
        "during the conflict. A psychologist brought in from Buea said many pupils were showing "
        "signs of acute stress, and that some parents were planning to leave the region. Funerals "
        "are expected later this week.",
        "V",
        "school_attack",
    ),
    (
        "Karabakh Armenians arrive in Goris exhausted, shocked and grieving",
        "Psychologists from Armenia’s health ministry are meeting ethnic Armenians from Nagorno-"
        "Karabakh as they arrive in Goris, where tens of thousands have crossed in the days since "
        "Azerbaijan’s military offensive forced the enclave’s forces to surrender. The offensive "
        "and its aftermath killed about 200 people on the Armenian side, according to local "
        "officials, and a fuel depot explosion on the road out killed dozens more. “They have been "
        "hungry for months under the blockade, and now they have lost their homes in a day,” "
        "said a psychologist at a registration centre in the town hall. Buses, cars and tractors "
        "queue for kilometres along the Lachin road. The Red Cross said it was helping families "
        "separated in the rush to leave. Armenia’s government says it is preparing to house "
        "more than 100,000 people.",
        "M B D H",
        "offensive",
    ),
]
