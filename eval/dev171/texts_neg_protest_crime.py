"""dev171 hard negatives: peaceful protest (farmers, school strikers, students,
a rights movement's rally) and crime and policing (a mass shooting, knife crime, car theft,
cash-in-transit heists, a police shooting verdict)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "The farmers in Whitehall have a point about inheritance tax, but not the one they think",
        "Thousands of farmers descended on Westminster on Tuesday, some in tractors, most on "
        "foot, in what organisers called the biggest agricultural protest in a generation. "
        'They waved placards reading "No farmers, no food" and listened to speeches from the '
        "president of the National Farmers' Union and, less helpfully, from a celebrity farmer "
        "with a television show. The Metropolitan police reported no arrests. Their grievance "
        "is the chancellor's decision to end the full exemption of agricultural land from "
        "inheritance tax, which from April 2026 will apply a 20% charge to estates worth more "
        "than £1m. The government says only the wealthiest quarter of farms will be affected; "
        "the NFU says many family farms are asset-rich and cash-poor. The truth lies somewhere "
        "in between. Much farmland has become a tax shelter for investors who have never "
        "driven a tractor, and that loophole deserved closing. But a farm worth £3m may earn "
        "less than a teacher's salary. The Treasury should raise the threshold, allow longer "
        "payment periods and exclude working farms whose owners genuinely depend on the land. "
        "Farmers protesting peacefully in London deserve a hearing, not a lecture.",
        "protest",
    ),
    (
        "The young strikers have shamed adults into listening on climate",
        "On Friday, schoolchildren in more than 100 countries walked out of class to demand "
        "action on climate change, in what organisers say was the largest coordinated climate "
        "protest ever held. In India, students gathered in Bengaluru, on the seafront in "
        "Mumbai and at Delhi's Jantar Mantar, holding hand-painted placards about air "
        "pollution, heat and water. The movement, inspired by the weekly strikes of a Swedish "
        "teenager outside her country's Parliament, has been criticised by some educators and "
        "politicians for encouraging truancy. That objection misses the point. The students "
        "are not asking for a day off; they are asking the adults in charge to take seriously "
        "the science they learn in their classrooms. India is among the countries most exposed "
        "to a warming climate, from erratic monsoons to extreme heat in the north. Its cities "
        "have some of the world's dirtiest air. The young protesters were polite, peaceful and "
        "well-informed. State governments would do better to invite them to hearings on clean "
        "air plans than to threaten them with disciplinary action. Their futures are the ones "
        "at stake.",
        "protest",
    ),
    (
        "Serbia's students are showing the world how to protest, and how to win",
        "For four months, students across Serbia have blockaded their faculties and marched on "
        "the country's cities in a movement that began after the collapse of a concrete canopy "
        "at Novi Sad's railway station killed 15 people in November. Their demands are modest: "
        "the publication of all documents related to the station's renovation, accountability "
        "for those responsible and respect for the institutions that are supposed to check "
        "power. On Saturday, the largest demonstration in Serbia's modern history filled the "
        "center of Belgrade. Students who had walked for days from other towns were greeted "
        "with bread, water and applause by residents along the way. The protesters have no "
        "party, no leader and no appetite for violence; their symbol is a bloodied red hand. "
        "President Aleksandar Vucic has responded with accusations of a foreign-funded color "
        "revolution, but he has already lost a prime minister to the crisis. The European "
        "Union, which has treated Vucic as a partner on migration and lithium, has been "
        "conspicuously quiet. It should speak up for the rule of law that it claims to value. "
        "The students are defending European values more effectively than Brussels is.",
        "protest",
    ),
    (
        "Hear the PTM out",
        "The Pashtun Tahafuz Movement's rally in Lahore on Sunday passed off peacefully, as "
        "have its earlier gatherings in Peshawar, Quetta and Swat. Thousands of people, many "
        "of them young men from the tribal districts, listened to Manzoor Pashteen list the "
        "movement's demands: an end to enforced disappearances, the clearance of landmines "
        "left behind by years of military operations, the removal of humiliating check posts "
        "and a judicial commission on extrajudicial killings. Several PTM activists were "
        "detained by police in the days before the rally, and the provincial government "
        "initially refused permission for the venue. Television channels barely covered the "
        "event. None of this reflects well on the state. The PTM's language is sometimes "
        "harsh, and its critics accuse it of being manipulated by hostile agencies. But the "
        "grievances it voices are real, and they are the legacy of a decade in which the "
        "tribal areas bore the brunt of the war against militancy while their people had few "
        "rights under the colonial-era FCR. Engaging the movement is not a concession; it is a "
        "recognition that citizens have the right to demand accountability peacefully. "
        "Treating them as enemies will only push their supporters towards those who do not "
        "believe in peaceful means.",
        "protest",
    ),
    (
        "Lewiston should be the last time Maine's gun laws fail a warning this loud",
        "The gunman who killed 18 people at a bowling alley and a bar in Lewiston, Maine, on "
        "Wednesday night was, by every account, a man in crisis. A firearms instructor in the "
        "Army Reserve, he had been hospitalized for two weeks over the summer after hearing "
        "voices and threatening to shoot up a military base. His family had warned police. His "
        "unit had warned police. Yet he kept his weapons, including the semiautomatic rifle he "
        "carried into the bowling alley on a youth league night. Maine has no red-flag law "
        'that would have allowed a judge to order his guns removed; its "yellow-flag" law '
        "requires a custody and medical evaluation that was never triggered. After a two-day "
        "manhunt that shut down the region, he was found dead by his own hand. The Legislature "
        "in Augusta should pass a true extreme-risk protection law, and Congress should "
        "finally revisit the assault weapons ban it allowed to expire in 2004. None of this "
        "would end gun violence in America. It would make it less likely that a man whose own "
        "family feared him could walk into a bowling alley with a rifle.",
        "crime",
    ),
    (
        "Knife crime is a public health emergency. Stop treating it as a war",
        "Every few months a fresh spate of stabbings in London prompts the same ritual: a home "
        "secretary promises a crackdown, the police announce a surge in stop and search, and a "
        "tabloid declares war on knife crime. This year the ritual has been repeated twice "
        "already. Yet the number of offences involving knives in England and Wales has risen "
        "for five years in a row, to more than 40,000, and teenagers are dying on the streets "
        "of Croydon, Hackney and Birmingham. Wars are fought against enemies. The young people "
        "carrying knives are, overwhelmingly, frightened children from the poorest "
        "neighbourhoods, many of them excluded from school and groomed by drug-dealing "
        "networks. Glasgow, once the knife-crime capital of western Europe, halved its murder "
        "rate by treating violence like an infection: identifying those most at risk, working "
        "with hospitals, schools and youth workers, and offering real alternatives. London has "
        "set up its own violence reduction unit on the same model, but it has a fraction of "
        "the money that youth services lost during a decade of austerity. Enforcement has its "
        "place. But if the government wants fewer funerals, it should fund youth clubs, not "
        "just police overtime.",
        "crime",
    ),
    (
        "Ottawa's war on car theft needs more than border inspections",
        "Canadians reported about 90,000 stolen vehicles last year, and the numbers in Ontario "
        "and Quebec have risen so steeply that some insurers now refuse to cover popular "
        "models. Police say that many of the vehicles are stolen to order by organized crime "
        "networks, loaded into shipping containers at the port of Montreal and sold in West "
        "Africa and the Middle East. At a national summit this week, the federal government "
        "promised new money for the Canada Border Services Agency to scan containers, tougher "
        "sentences for repeat thieves and a review of the rules that allow keyless cars to be "
        "hacked with cheap devices. These are sensible steps, but they come late. The CBSA has "
        "been examining only a tiny fraction of outbound containers, and manufacturers have "
        "long known about the weaknesses of their remote-entry systems. The costs have been "
        "passed on to drivers, whose premiums have risen by double digits. A serious response "
        "would require automakers to fix the security flaws in cars they have already sold, "
        "the ports to treat exports as seriously as imports, and the provinces to coordinate "
        "their police efforts. Declaring war on car theft is easy; winning it takes the dull "
        "work of regulation.",
        "crime",
    ),
    (
        "Cash-in-transit heists are a symptom of a justice system that has stopped deterring "
        "anyone",
        "Another week, another cash van blown open on a South African highway. On Monday a "
        "gang of about 15 men armed with rifles forced a cash-in-transit vehicle off the N1 "
        "near Polokwane, used explosives to open it and escaped with an undisclosed sum, "
        "leaving two security guards wounded. The industry recorded more than 150 such heists "
        "last year, and the number has risen again in the first half of this one. The guards "
        "who drive these vans are paid modest wages to face gangs with better weapons than the "
        "police who are supposed to protect them. The SAPS has had some successes, including "
        "shootouts in which suspects were killed before they could strike, and the cash "
        "industry has invested in dye-stain technology that renders banknotes worthless. But "
        "the gangs are well organised, often include former police officers or security "
        "employees, and have little reason to fear prosecution. Fewer than one in five heists "
        "lead to a conviction. Fixing that requires detectives, forensic capacity and "
        "prosecutors with the time to build cases, all of which have been hollowed out by a "
        "decade of budget cuts and state capture. Until the chance of being caught rises, the "
        "heists will continue.",
        "crime",
    ),
    (
        "The Chris Kaba verdict should lead to better policing, not immunity from scrutiny",
        "A jury at the Old Bailey has acquitted Martyn Blake, the Metropolitan police firearms "
        "officer who shot Chris Kaba in Streatham in September 2022, of murder. The "
        "24-year-old was killed by a single bullet through the windscreen of an Audi that "
        "officers had boxed in, believing it to be linked to a firearms incident the day "
        "before. Kaba was unarmed. The jury heard that the officer believed his colleagues' "
        "lives were in danger as Kaba tried to ram his way out. That decision must be "
        "respected, and the officer is entitled to get on with his life. But the verdict does "
        "not settle the questions the case raised. Armed officers threatened to hand in their "
        "weapons when the officer was charged, and the government has responded with a review "
        "of the legal protections for police who use force. There is a danger that the review "
        "becomes a promise of immunity. Black Londoners are far more likely than white ones to "
        "be stopped, searched and subjected to force by the Met, and trust in the force is at "
        "a historic low. Better training, the prompt release of body-camera footage and "
        "faster, independent investigations would serve officers and the public alike.",
        "crime",
    ),
]
