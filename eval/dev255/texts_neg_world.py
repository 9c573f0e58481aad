"""dev255 negatives: deradicalisation and prevention, talks and disarmament, exercises,
research, sport and health (title, text, kind code)."""

NEGATIVES = [
    (
        "Inside the Riyadh centre that tries to turn militants away from jihad",
        "At the Mohammed bin Nayef Center for Counseling and Care on the outskirts of "
        "Riyadh, former members of al-Qaeda and the Islamic State paint, swim and attend "
        "classes in religion and psychology before they are released. Saudi officials say "
        "more than 6,000 men have passed through the programme since it opened in 2007, "
        "and that about 85% have not returned to militancy, a figure that researchers say "
        "is hard to verify. The centre pays for weddings, finds jobs and keeps in touch "
        "with families after release. Critics say the programme has also held peaceful "
        "dissidents. Staff, who asked not to be named, said the hardest cases were young "
        "men who had been radicalised online rather than in mosques. Several European and "
        "Asian governments have sent officials to study the model. A new wing for "
        "returnees from camps in Syria opened this year.",
        "other",
    ),
    (
        "Report finds extremists using gaming platforms to groom teenagers",
        "Extremist groups are increasingly using online gaming platforms and their chat "
        "functions to reach teenagers, a report by the Institute for Strategic Dialogue "
        "said on Tuesday. Researchers found hundreds of servers on Discord and in-game "
        "groups on Roblox that shared far-right and jihadist propaganda, some recreating "
        "real attacks as playable levels. The report said moderation was patchy and often "
        "relied on users reporting content. Gaming companies said they had removed the "
        "accounts flagged by the researchers and were investing in detection tools. The "
        "UK's counter-terrorism police chief said one in eight people arrested for "
        "terrorism offences last year was under 18. The authors called on regulators to "
        "include gaming in online safety rules. Parents' groups asked for clearer guidance.",
        "other",
    ),
    (
        "Former far-right recruiter now mentors young people at risk in Dortmund",
        "Ten years ago, Felix Benneckenstein was handing out neo-Nazi leaflets outside "
        "schools in Bavaria; today he spends his days talking to teenagers who are "
        "drifting the same way. He works for EXIT-Deutschland, a programme that has helped "
        'more than 900 people leave far-right groups since 2000. "I know the promises '
        'they make, because I made them," he said in a small office above a bakery. Most '
        "of his clients are referred by teachers, parents or the police, and many are "
        "lonely young men who found a sense of belonging online. The federal government "
        "has renewed the programme's funding for three years. Benneckenstein also writes "
        "songs, and has played at school concerts against racism. He says the work is slow.",
        "other",
    ),
    (
        "Kenya launches school programme to counter violent extremism on the coast",
        "Kenya's National Counter Terrorism Centre launched a programme on Monday to train "
        "teachers in 400 secondary schools in Mombasa, Kwale, Kilifi and Lamu to spot "
        "early signs of radicalisation among students. The scheme, funded by the European "
        "Union, includes debates, sports clubs and mentoring by religious leaders and "
        "former recruits. Officials said young people on the coast remained targets of "
        "recruiters from al-Shabaab, who exploit unemployment and grievances over "
        "policing. Civil society groups welcomed the focus on prevention but warned that "
        "heavy-handed police tactics had pushed some young people towards extremists. "
        "Pupils at a launch event in Mombasa performed a play about a boy who leaves for "
        "Somalia. The centre said results would be reviewed after two years.",
        "other",
    ),
    (
        "New head of Europol counter-terrorism centre takes office",
        "A veteran Belgian investigator took over as head of Europol's European Counter "
        "Terrorism Centre in The Hague on Monday, promising to focus on the online "
        "radicalisation of minors and the financing of terrorist groups through "
        "cryptocurrencies. She spent two decades in the Belgian federal police, leading "
        "the investigation into the 2016 Brussels bombings. The centre coordinates "
        "investigations across the EU and runs a unit that flags terrorist content to "
        "internet platforms, referring more than 20,000 items last year. Member states "
        "have given the agency more analysts this year. The new chief said she wanted "
        "closer links with the Western Balkans. Her predecessor is returning to the "
        "Spanish police. The centre was set up in 2016 after the attacks in Paris and "
        "Brussels. It employs about 100 staff.",
        "other",
    ),
    (
        "Tech firms and governments renew Christchurch Call to curb online terror content",
        "Leaders of governments and technology companies met in Paris on Friday to renew "
        "the Christchurch Call, the pledge launched after the 2019 mosque attacks to "
        "eliminate terrorist and violent extremist content online. The meeting agreed to "
        "set up a crisis protocol for livestreamed attacks, so that platforms can share "
        "digital fingerprints of videos within minutes. New Zealand's former prime "
        "minister, who co-founded the initiative, said progress had been made but that "
        "algorithms still pushed users towards extreme material. Civil liberties groups "
        "warned against vague definitions that could be used to take down journalism. "
        "Microsoft, Google and Meta signed the renewed commitments. The next summit will "
        "be held in two years.",
        "other",
    ),
    (
        "Afghan Taliban host talks between Pakistan and TTP as ceasefire extended",
        "Pakistani officials and representatives of the Tehreek-e-Taliban Pakistan agreed "
        "in Kabul to extend a ceasefire indefinitely, Afghanistan's Taliban government "
        "said on Friday, in talks it mediated. A jirga of tribal elders from Pakistan's "
        "former tribal areas took part in the meetings. The TTP has demanded the reversal "
        "of the merger of the tribal districts with Khyber Pakhtunkhwa and the release of "
        "its fighters held in Pakistani jails, demands the military has said it cannot "
        "accept. Several opposition politicians in Islamabad said parliament had not been "
        "consulted. Diplomats said the ceasefire had largely held since it began in May. A "
        "further round of talks is expected after Eid. The Pakistani delegation was led by "
        "a corps commander, according to two officials. Both sides have freed prisoners as "
        "a goodwill gesture.",
        "peace",
    ),
    (
        "PKK fighters burn their weapons in ceremony in northern Iraq",
        "About 30 fighters of the Kurdistan Workers' Party (PKK) burned their rifles in a "
        "ceremony near the city of Sulaymaniyah in northern Iraq on Friday, the first step "
        "in the disarmament the group announced after its jailed founder called on it to "
        "end its armed struggle. The fighters, half of them women, placed their weapons in "
        "a cauldron at the entrance to a cave as officials of the Iraqi Kurdish "
        "government, Turkish politicians and journalists watched. Turkey's president said "
        "the process would open a new chapter for the country. The group has fought the "
        "Turkish state since 1984, in a conflict that has cost more than 40,000 lives. "
        "Parliament in Ankara is setting up a commission to draft laws for the fighters' "
        "return. The group says it will hand over its remaining weapons in stages over the "
        "coming months.",
        "peace",
    ),
    (
        "Bangsamoro: 14,000 former MILF combatants complete decommissioning",
        "The last phase of the decommissioning of fighters of the Moro Islamic Liberation "
        "Front ended on Tuesday with a ceremony in Sultan Kudarat, Maguindanao, where "
        "2,100 former combatants handed over their weapons to an independent body, "
        "bringing the total since 2019 to about 14,000. Each received a cash grant and "
        "access to livelihood programmes, the Office of the Presidential Adviser on Peace, "
        "Reconciliation and Unity said. The process is part of the 2014 peace agreement "
        "that created the Bangsamoro autonomous region. Observers from Turkey, Norway and "
        "Brunei oversaw the handover. Many former fighters have complained of delays in "
        "the payments. The region will hold its first parliamentary elections next year.",
        "peace",
    ),
    (
        "Nigeria graduates 600 ex-Boko Haram fighters from deradicalisation camp",
        "Six hundred former members of Boko Haram and ISWAP graduated from the Operation "
        "Safe Corridor deradicalisation and rehabilitation camp in Mallam Sidi, Gombe "
        "State, on Saturday, the Defence Headquarters said. The men completed a 16-week "
        "course of religious counselling, literacy classes and vocational training in "
        "tailoring, carpentry and farming. They will be handed over to state governments "
        "for reintegration. Community leaders in Borno have protested against the "
        "programme, saying victims have received less support than the fighters. The "
        "coordinator said more than 2,000 people had passed through the camp since 2016. "
        "Officials said the graduates would be monitored for two years after their return.",
        "peace",
    ),
    (
        "Special forces from 30 nations begin Flintlock exercise in Côte d'Ivoire",
        "Special forces from about 30 African and Western countries began the annual "
        "Flintlock exercise in Côte d'Ivoire on Monday, training in counter-terrorism, "
        "hostage rescue and border security over two weeks. The exercise, led by US Africa "
        "Command, is being held at the counter-terrorism academy in Jacqueville and in the "
        "north of the country. Mali, Burkina Faso and Niger, whose military governments "
        "have turned to Russia, did not take part. About 1,300 personnel are involved, "
        "including soldiers from Ghana, Morocco, Nigeria and Senegal. An American general "
        "said the threat from militants moving towards the coastal states was the main "
        "focus. Live-fire drills will be held in the final week. Observers from several "
        "European armies are also attending.",
        "military",
    ),
    (
        "Indonesia, Malaysia and the Philippines launch joint sea patrols in Sulu",
        "The navies of Indonesia, Malaysia and the Philippines launched coordinated "
        "patrols in the Sulu Sea on Monday to prevent kidnappings by militants and the "
        "smuggling of weapons, defence ministers said at a ceremony in Tarakan. The "
        "trilateral arrangement will include shared air patrols and a hotline between "
        "command centres in Tarakan, Tawau and Bongao. Fishing and shipping groups had "
        "pressed for action after crews were seized by gunmen linked to Abu Sayyaf in "
        "previous years. Ministers said intelligence sharing would be the heart of the "
        "plan. Each country will provide at least two ships at any time. The first joint "
        "exercise is planned for next month. Officials said the patrols would also help "
        "the response to piracy and to accidents at sea. Malaysia has imposed night "
        "curfews on parts of its Sabah coast in past years.",
        "military",
    ),
    (
        "PSL final goes ahead in Karachi under heavy security as crowds pack stadium",
        "The Pakistan Super League final was played in front of a capacity crowd at "
        "Karachi's National Stadium on Sunday under some of the tightest security the city "
        "has seen, with about 8,000 police and Rangers deployed on the roads to the "
        "ground. Fans passed through three checkpoints, and the airspace was closed during "
        "the match. Multan Sultans' openers launched a blistering attack in the powerplay, "
        "and their leg-spinner took four wickets as Islamabad United collapsed in the "
        "chase. Foreign players, several of whom had refused to travel to Pakistan in past "
        "years, praised the arrangements. International cricket stayed away from the "
        "country for years after gunmen attacked the Sri Lankan team bus in Lahore in "
        "2009. The winners collected the trophy after midnight.",
        "sport",
    ),
    (
        "Study finds children exposed to Nice attack still suffer trauma years later",
        "Nearly half of the children who were on the Promenade des Anglais on the night of "
        "the 2016 truck attack in Nice still showed symptoms of post-traumatic stress "
        "disorder five years later, a study by the Lenval children's hospital found. "
        "Researchers followed 129 children who were seen at the hospital's psychological "
        "trauma unit. Symptoms included nightmares, fear of crowds and difficulties at "
        "school, and were worse among children who had lost a relative. The authors said "
        "the findings showed the need for long-term care that continued after public "
        "attention faded. The unit, set up after the attack, has since treated victims of "
        "floods and road accidents. The health ministry said it would fund similar units "
        "in other regions.",
        "health",
    ),
]
