"""dev147 positives (4 of 4): whole articles that report current organised violence in the two
Koreas and in the Korean press, Japan, Malaysia, Timor-Leste and Mongolia (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "N. Korean troops suffer heavy casualties in Kursk fighting: NIS",
        "SEOUL, Dec. 19 (Yonhap) -- At least 100 North Korean soldiers deployed to "
        "Russia's Kursk region have been killed and about 1,000 others wounded in "
        "fighting against Ukrainian forces, South Korea's spy agency told lawmakers "
        "Thursday. The National Intelligence Service (NIS) said the casualties were "
        "the result of North Korean troops being thrown into front-line combat in "
        "unfamiliar open terrain, where they were exposed to drone and artillery "
        "attacks, according to Rep. Lee Seong-kweun of the ruling People Power Party, "
        'who attended the closed-door briefing. "The North Korean troops do not seem '
        "to know how to respond to drone attacks and are being used as little more "
        'than front-line assault forces," Lee quoted the NIS as saying. The agency '
        "said a general-level officer was among the casualties, although it could not "
        "confirm reports of his death. Ukraine's military intelligence said earlier "
        "this week that North Korean units had taken part in assaults on villages in "
        "Kursk, where Ukraine has held territory since August. North Korea has sent "
        "some 11,000 troops to Russia under a mutual defense treaty, according to "
        "South Korean and Ukrainian estimates. Pyongyang and Moscow have not "
        "officially confirmed the deployment. The NIS also said the North appeared to "
        "be preparing to send additional troops and weapons, including self-propelled "
        "howitzers.",
        "B E",
        "war abroad",
    ),
    (
        ("North Korean soldiers shot missing fisheries official and burned body at sea: military"),
        "North Korean troops shot dead a South Korean fisheries official who went "
        "missing from a patrol vessel near the western sea border and then burned his "
        "body, the Ministry of National Defense said Thursday, condemning the killing "
        'as an "act of atrocity." The 47-year-old official disappeared from the '
        "fisheries guidance ship on Monday while on duty about 2 kilometers south of "
        "Yeonpyeong Island, leaving his shoes on deck. According to the military, a "
        "North Korean vessel found him floating in the water with a life jacket on "
        "Tuesday afternoon, and soldiers questioned him from a distance for several "
        "hours. North Korean troops then shot him on the orders of a superior, poured "
        "oil on the body and set it on fire, the ministry said, citing intelligence "
        'analysis. "Our military strongly condemns this act of atrocity," said Ahn '
        "Young-ho, a senior official at the Joint Chiefs of Staff. The military "
        "believes the man may have been trying to defect, although his family has "
        "disputed that account. Cheong Wa Dae said the killing was an act that could "
        "never be justified and demanded an apology and punishment of those "
        "responsible. It is the first time a South Korean citizen has been killed by "
        "North Korean troops since a tourist was shot at the Mount Kumgang resort in "
        "2008.",
        "V",
        "killing at sea",
    ),
    (
        "Yoon supporters storm Seoul court after arrest warrant extended; 86 detained",
        "Hundreds of supporters of President Yoon Suk Yeol forced their way into the "
        "Seoul Western District Court early Sunday, smashing windows and doors and "
        "attacking police officers, shortly after a judge there approved a warrant to "
        "keep Yoon in custody. The rioters broke through the police cordon at around 3 "
        "a.m., climbed over the walls and used plastic chairs, metal pipes and fire "
        "extinguishers to break into the building, according to police. Some went "
        "through the offices on upper floors apparently looking for the judge who had "
        "issued the warrant, witnesses said. Riot police retook the building after "
        "about three hours and detained 86 people on charges including trespassing, "
        "obstruction of official duties and property damage. The Korean National "
        "Police Agency said 42 officers had been injured, seven of them seriously. A "
        "reporter for a broadcaster was also assaulted outside the court. Acting "
        'President Choi Sang-mok called the riot "an unacceptable attack on the rule '
        'of law" and ordered the police to deal sternly with those involved. Yoon, '
        "the first sitting president to be arrested in South Korea, was detained on "
        "Wednesday over his short-lived imposition of martial law on Dec. 3. His "
        "lawyers said they regretted the violence but criticized the court's decision.",
        "U",
        "riot",
    ),
    (
        "Gov't designates knife attack on opposition leader as terrorism",
        "The government on Wednesday designated last week's knife attack on main "
        "opposition Democratic Party leader Lee Jae-myung as an act of terrorism under "
        "the anti-terrorism law, the first such designation for an attack on a "
        "politician in South Korea. Lee was stabbed in the left side of his neck on "
        "Jan. 2 while answering questions from reporters during a visit to the site of "
        "a planned airport on Gadeok Island in Busan. He underwent surgery to repair a "
        "damaged jugular vein and was discharged from Seoul National University "
        "Hospital on Wednesday. The attacker, a 67-year-old man who had posed as a "
        "supporter asking for an autograph, was arrested at the scene. Police said "
        "earlier in the day that the suspect had planned the attack for about a year "
        "and told investigators he wanted to stop Lee from becoming president and from "
        "nominating his allies in April's general elections. The suspect had written "
        'what he called a "letter of explanation" setting out his political motives, '
        "according to police. The Office for Government Policy Coordination said the "
        "decision was made after a review by the counterterrorism center, which "
        "concluded that the stabbing was an attempt to kill a political figure for "
        "political purposes. The ruling People Power Party said the designation should "
        "not be used for political gain ahead of the elections.",
        "T V",
        "assassination attempt",
    ),
    (
        "Explosive thrown at Kishida during campaign stop in Wakayama, suspect held",
        "WAKAYAMA - A man threw what appeared to be a pipe bomb toward Prime Minister "
        "Fumio Kishida as he was about to give a campaign speech at a fishing port in "
        "Wakayama Prefecture on Saturday, setting off a loud blast, police and "
        "witnesses said. Kishida, who was visiting Saikazaki port to support a ruling "
        "Liberal Democratic Party candidate in a House of Representatives by-election, "
        "was unharmed and was quickly moved away by security officers. A 24-year-old "
        "man from Hyogo Prefecture was wrestled to the ground by local fishermen and "
        "police, and was arrested on the spot on suspicion of obstructing business. "
        "About 50 seconds after he was held, the cylindrical object exploded, and a "
        "police officer and a local resident suffered minor injuries. A second device "
        "was found in the man's bag, police said. Investigators are looking into "
        "reports that the man had filed a lawsuit against the state, arguing that the "
        "age and deposit requirements for election candidates were unconstitutional. "
        "The attack came nine months after former Prime Minister Shinzo Abe was shot "
        'dead while making a campaign speech in Nara. "An act of violence during an '
        'election, which is the foundation of democracy, can never be tolerated," '
        "Kishida told reporters later in the day before resuming campaigning in Chiba. "
        "The National Police Agency ordered prefectural police forces to tighten "
        "security for politicians ahead of nationwide local elections.",
        "E V",
        "bomb attack",
    ),
    (
        (
            "Two policemen killed in Ulu Tiram police station attack, IGP says "
            "suspect's family linked to JI"
        ),
        "JOHOR BARU, May 17 — Two police constables were killed and another officer "
        "was injured when a masked man armed with a machete attacked the Ulu Tiram "
        "police station in the early hours of today, Inspector-General of Police Tan "
        "Sri Razarudin Husain said. He said the 21-year-old attacker arrived at the "
        "station at about 2.45am and slashed a constable, before taking the officer's "
        "pistol and shooting dead a second policeman who rushed to help. A third "
        "officer, who was wounded, shot the man dead. Razarudin said police had "
        "arrested five members of the suspect's family, adding that his father was a "
        'known member of the Jemaah Islamiyah (JI) terrorist group. "Initial '
        "investigations found that the father was a JI member who was active in the "
        'group," he told a press conference at the Johor police headquarters. He said '
        "police were investigating whether the attacker had intended to seize firearms "
        "from the station to carry out other attacks. Police have stepped up security "
        "at all stations in Johor and at the official residences of the Sultan of "
        "Johor and the Yang di-Pertuan Agong. Home Minister Datuk Seri Saifuddin "
        "Nasution Ismail urged the public not to speculate on social media while "
        "investigations were under way. Prime Minister Datuk Seri Anwar Ibrahim "
        "conveyed his condolences to the families of the two constables.",
        "T",
        "attack on police station",
    ),
    (
        ("Police fire tear gas at students in Dili as protest over MPs' cars turns violent"),
        "Police in Timor-Leste's capital Dili have fired tear gas at hundreds of "
        "university students protesting against a plan to buy new cars for members of "
        "parliament, after some protesters threw rocks and set fire to a vehicle "
        "outside the National Parliament. The protest began peacefully on Monday "
        "morning, with students marching from the national university carrying "
        "placards that called the purchase a waste of public money in one of Asia's "
        "poorest countries. By the afternoon, some in the crowd were hurling stones at "
        "the parliament building and police lines, and a government car parked outside "
        "was set alight. Police responded with tear gas and detained several people, "
        "and witnesses said at least a dozen students were treated for injuries. "
        "Protests continued on Tuesday, with students blocking roads near the "
        "parliament and police again using tear gas to disperse them. The students are "
        "also demanding the scrapping of lifetime pensions for former MPs. Parliament "
        "later voted to cancel the car purchase, and President José Ramos-Horta called "
        'on both students and police to show restraint. "Young people have the right '
        'to protest, but not to destroy," he said. The National Police said it would '
        "investigate complaints that officers had beaten students who had already been "
        "detained.",
        "U",
        "riot",
    ),
    (
        "Mongolian protesters try to storm State Palace over coal theft scandal",
        "Hundreds of protesters tried to force their way into the State Palace in "
        "Ulaanbaatar on Monday evening, angered by allegations that officials stole "
        "billions of dollars' worth of coal destined for China. Demonstrators who had "
        "gathered on Sukhbaatar Square in temperatures of around minus 20 degrees "
        "Celsius pushed against the gates of the government building and scuffled with "
        "riot police, who formed a line to hold them back. Some protesters threw snow "
        "and plastic bottles at officers, and a Christmas tree on the square was "
        "knocked over and set on fire, local media reported. Police said several "
        "officers were injured and a number of protesters were detained. The protests "
        "began on Sunday after reports that a group of politically connected people "
        "had been exporting coal without paying the state coal company. Prime Minister "
        "Oyun-Erdene Luvsannamsrai, who met with protest representatives, promised to "
        "name those involved and to hold an emergency session of parliament. The "
        "protesters are also angry about inflation, which has been running at over "
        "13%, and the state of the economy after Covid-19 border closures with China. "
        "Organisers called for the demonstrations to continue on Tuesday and urged "
        "supporters to avoid violence.",
        "U",
        "riot",
    ),
]
