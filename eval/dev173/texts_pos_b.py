"""dev173 positives (2 of 3): a prison attack in Nigeria, Manipur before the Supreme
Court, crackdowns and riots around rulings (Kenya, Bangladesh, South Africa, England), Rafah
and the ICJ, a glide bomb on a Kharkiv court, Insein and a courthouse bomb in Iraq."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Gunmen attack custodial centre in Niger State, free inmates awaiting terrorism trials",
        "Armed men suspected to be members of the Islamic State West Africa Province "
        "on Tuesday night attacked a custodial centre in Niger State, freeing dozens "
        "of inmates, including suspects awaiting trial on terrorism charges, the "
        "Nigerian Correctional Service has said. The attackers, who arrived on "
        "motorcycles and in two trucks, used explosives to breach the perimeter wall "
        "after a gunfight with soldiers and correctional officers guarding the "
        "facility. A spokesperson for the service said one officer and two inmates "
        "were killed, while 87 of the 312 inmates escaped. He said 31 of them had "
        "been recaptured by Wednesday afternoon. Premium Times gathered that at "
        "least 40 of the escapees were defendants in cases before the Federal High "
        "Court, where prosecutors have been trying Boko Haram and ISWAP suspects in "
        "batches. Residents of the area said they stayed indoors as gunfire rang out "
        "for more than an hour. The Minister of Interior, who visited the facility "
        "on Wednesday, described the attack as a setback and ordered a manhunt for "
        "the escapees. ISWAP later claimed the attack in a statement circulated on "
        "its channels.",
        "T B",
        "prison attack",
    ),
    (
        "Manipur violence: SC seeks status report as fresh firing leaves three dead in Bishnupur",
        "The Supreme Court on Monday asked the Manipur government to file a fresh "
        "status report on relief camps and the recovery of looted weapons, even as "
        "three persons were killed in overnight firing in the foothills of Bishnupur "
        "district. A Bench headed by the Chief Justice said the court could not run "
        "the State's law and order machinery but would not remain a mute spectator "
        'to "the continued loss of life". According to police officials, armed '
        "miscreants opened fire on villagers from the hills near Kwakta around "
        "midnight, and security forces returned fire. Two houses were set ablaze, "
        "and residents of three nearby villages were moved to a relief camp in "
        "Moirang. More than 50,000 people remain displaced since ethnic violence "
        "broke out in May, the State government told the court. The Bench also "
        "pulled up the State for delays in identifying bodies lying unclaimed in "
        "morgues in Imphal and Churachandpur, and directed that last rites be "
        "performed within two weeks. Counsel for a Kuki organisation said villagers "
        "on both sides of the buffer zone lived in fear of fresh attacks, and that "
        "several schools were still being used as relief camps. Senior counsel "
        "appearing for one of the petitioners submitted that weapons looted from "
        "police armouries were still being used in attacks on villages. The "
        "Solicitor General said the Centre had deployed additional companies of "
        "Central Armed Police Forces to the buffer zones. The matter will next be "
        "heard on Friday.",
        "V B D",
        "ethnic violence",
    ),
    (
        "Kenyan court bars police from firing on protesters as two more die in Nairobi",
        "A Kenyan High Court judge has barred police from using live bullets, tear "
        "gas and water cannon against peaceful protesters, hours after two more "
        "people were shot dead as officers broke up demonstrations in Nairobi. The "
        "order followed a petition by the Law Society of Kenya, which told the court "
        "that police had fired on unarmed crowds during weeks of protests against "
        "tax increases. In the capital's Kasarani and Githurai areas on Tuesday, "
        "witnesses said officers in unmarked cars fired into groups of young men who "
        "had blocked roads with burning tyres. Medics at a nearby hospital said they "
        "had treated 14 people for gunshot wounds. The Kenya National Commission on "
        "Human Rights says at least 39 people have been killed since the protests "
        "began last month, and dozens more have been abducted or are missing. Police "
        'have said officers acted in self-defence against "criminal elements" who '
        "looted shops. Justice Esther Wanjiku said the police must respect the "
        "constitutional right to assemble and to picket. The interior ministry said "
        "it would appeal against the ruling. In her ruling, the judge said evidence "
        "presented by the petitioners, including videos of officers firing at "
        'fleeing protesters, raised "serious questions" that the Independent '
        "Policing Oversight Authority must investigate. The authority said on Monday "
        "it had opened inquiries into 17 deaths. Civil society groups have called "
        "for fresh demonstrations on Thursday.",
        "U",
        "crackdown on protests",
    ),
    (
        "Bangladesh's top court scales back job quotas after week of deadly clashes",
        "DHAKA (AFP) - Bangladesh's Supreme Court on Sunday scaled back a "
        "contentious system of quotas for government jobs, bowing to a key demand of "
        "student protesters after a week of clashes that has left at least 150 "
        "people dead. The Appellate Division ordered that 93 percent of civil "
        "service posts be filled on merit, up from 44 percent under the quotas that "
        "a lower court had reinstated. Soldiers patrolled the streets of the capital "
        "under a nationwide curfew as the ruling was read, and mobile internet "
        "remained cut for a fourth day. Police fired tear gas and rubber bullets at "
        "hundreds of protesters in the Rampura area on Saturday, and the state "
        "television building set alight by crowds on Thursday was still smouldering. "
        "Hospital staff said most of the dead had gunshot wounds. Protest leaders "
        "said they would not end their movement until the government freed detained "
        'students and punished those responsible for the killings. "We got a '
        'verdict, but who will give us back the lives?" said a student at Dhaka '
        "University who had joined a march that was broken up by police. The law "
        "minister said the government would consider the protesters' demands.",
        "U",
        "crackdown on protests",
    ),
    (
        "South Africa's top court hears Zuma bid to cut jail term as looting spreads "
        "to Johannesburg",
        "JOHANNESBURG (Reuters) - South Africa's Constitutional Court on Monday "
        "heard former president Jacob Zuma's application to overturn his 15-month "
        "prison sentence for contempt, as looting and arson set off by his jailing "
        "spread from KwaZulu-Natal to Johannesburg. Police said six people had been "
        "killed and 219 arrested since the unrest began on Friday, with shopping "
        "malls in Soweto and Alexandra ransacked overnight and warehouses along the "
        "N3 highway set on fire. President Cyril Ramaphosa said he had authorised "
        "the deployment of soldiers to support the police, saying the violence had "
        "gone beyond any protest. Zuma's lawyers argued in a virtual hearing that "
        'the court had made a "patent error" by sentencing him without a trial. '
        "Lawyers for the commission of inquiry into state capture, whose summons "
        "Zuma defied, said the application was an attempt to reopen a final "
        "judgment. Television footage showed crowds carrying fridges and boxes of "
        "food out of a mall in Pietermaritzburg while a small group of police "
        "officers watched. Business groups warned of food and fuel shortages as main "
        "roads to Durban's port remained closed. The court reserved judgment.",
        "U",
        "riot",
    ),
    (
        "First rioters jailed as masked crowd attacks asylum hotel in Staffordshire",
        "The first people to be sentenced over the violent disorder that has spread "
        "across English towns were jailed on Wednesday, as a hotel housing asylum "
        "seekers in Staffordshire was attacked for a second night. At Liverpool "
        "crown court, a 58-year-old man who punched a police officer outside a "
        "mosque in Southport was jailed for three years, and two younger men "
        "received 20 and 30 months for violent disorder. The judge said the "
        'defendants had taken part in "a frenzy of violence" that left officers '
        "fearing for their lives. Hours later, masked men threw bricks at the "
        "windows of the hotel near Tamworth and set fire to bins stacked against a "
        "fire exit while about 200 residents sheltered inside, Staffordshire police "
        "said. Ten officers were injured and four people arrested as police in riot "
        "gear pushed the crowd back along the ring road. Residents of the hotel told "
        "the Guardian through a charity worker that they had barricaded themselves "
        "in the upstairs corridors. The director of public prosecutions said more "
        "than 120 people had been charged across England since Saturday, and that "
        "courts would sit extra hours to deal with the cases. Police forces have "
        "cancelled leave ahead of further protests announced online for the weekend. "
        "In Southport, where the disorder began after three girls were killed at a "
        "children's dance class, volunteers on Wednesday swept up broken glass "
        "outside the mosque for a second time. Sentencing one man, the recorder of "
        'Liverpool said the courts would not tolerate "thuggery dressed up as '
        'protest". Businesses in several town centres boarded up their windows.',
        "U V",
        "riot",
    ),
    (
        "ICJ orders Israel to halt Rafah offensive as strikes pound the city",
        "The International Court of Justice on Friday ordered Israel to immediately "
        "halt its military offensive in Rafah, in a 13-2 ruling that South Africa "
        'called "groundbreaking" and Israel rejected as based on false claims. '
        "Judges in The Hague said the humanitarian situation in the southern Gaza "
        'city had become "disastrous" and ordered that the Rafah crossing with Egypt '
        "be kept open for aid. The court also ordered Israel to let UN investigators "
        "into Gaza and to report back within a month on the steps it had taken. "
        "South Africa, which brought the case in December accusing Israel of "
        "genocide, had asked for the halt after Israeli troops moved into Rafah, "
        "where more than a million people had sought shelter. Within hours of the "
        "ruling, Israeli air strikes hit a house in the Shaboura camp and a car near "
        "the Kuwaiti roundabout, killing at least 14 Palestinians, according to "
        "Gaza's Civil Defence. Witnesses told Al Jazeera that Israeli tanks had "
        "advanced further into western Rafah overnight under heavy fire. UNRWA says "
        "about 800,000 people have fled the city since the Israeli operation began "
        "earlier this month, many of them to tents on the dunes of al-Mawasi. Aid "
        "agencies say the closure of the crossing has left hundreds of trucks stuck "
        "on the Egyptian side, and the last field hospital in the city stopped "
        "receiving patients this week. Israel's war cabinet said it would continue "
        'to act "in accordance with international law". The court\'s orders are '
        "legally binding but it has no means to enforce them. Israel denies "
        "committing genocide and says its campaign targets Hamas, whose fighters "
        "killed about 1,200 people in southern Israel on October 7.",
        "E M D H",
        "offensive",
    ),
    (
        "Russian glide bomb hits Kharkiv court building, injuring 11",
        "A Russian guided aerial bomb struck a district court building in central "
        "Kharkiv on the morning of Oct. 14, injuring 11 people, including three "
        "court employees and a 14-year-old girl, Kharkiv Oblast Governor Oleh "
        "Syniehubov said. The bomb hit the courtyard as hearings were under way, "
        "blowing out windows across four floors and destroying the wing that housed "
        "the court's archive, according to the State Judicial Administration. Russia "
        "has intensified attacks on Kharkiv in recent weeks, using glide bombs "
        "launched from aircraft over Belgorod Oblast that Ukrainian air defenses "
        "struggle to intercept. Judges said hearings would continue in the "
        "building's basement and online. \"We will not stop administering justice "
        "because of terror,\" the court's chief judge told the Kyiv Independent. "
        "Another bomb the same day damaged a residential building in the Kyivskyi "
        "district, Mayor Ihor Terekhov wrote on Telegram.",
        "E",
        "glide bomb strike",
    ),
    (
        "Bombs at Insein prison gate kill eight as Myanmar junta's courts keep trying dissidents",
        "Two parcel bombs exploded at the entrance of Yangon's Insein prison on "
        "Wednesday morning, killing at least eight people, including three prison "
        "staff, and wounding 18 others, according to Myanmar's military government. "
        "The explosions took place at the counter where relatives hand in food and "
        "clothes for inmates, state media said. A small urban guerrilla group that "
        "opposes the junta said it had carried out the attack against prison "
        "officials it accused of torturing political detainees, and apologised for "
        "the deaths of visitors. Insein holds thousands of people arrested since the "
        "2021 coup, and special courts inside the compound have sentenced "
        "journalists, students and elected politicians behind closed doors. "
        "Relatives of prisoners told AFP that visits had been suspended and that "
        "soldiers had set up checkpoints on the roads leading to the jail. The junta "
        'blamed "terrorists" backed by the shadow National Unity Government, which '
        "denied any role. The military has lost control of large parts of the "
        "country to ethnic armed groups and resistance forces, and bombings and "
        "shootings in Yangon have increased this year.",
        "E",
        "bombing",
    ),
    (
        "Car bomb outside Iraqi courthouse kills 14 as judges hear jihadist cases",
        "BAGHDAD (AFP) - A car bomb exploded outside a courthouse in the town of "
        "Khalis, north of Baghdad, on Thursday morning, killing 14 people, including "
        "two police officers, and wounding dozens, security and medical officials "
        "said. The explosives-laden car was parked among vehicles of people waiting "
        "to enter the building when it blew up, a police colonel said. The Islamic "
        'State group claimed the attack in a statement, saying it had targeted "the '
        'courts of the apostates" that sentence its members to death. The courthouse '
        "in Diyala province has been hearing the cases of hundreds of suspected "
        "jihadists captured during fighting in the area, lawyers said. A doctor at "
        "the Baquba general hospital said it had received the bodies of 14 people "
        "and 37 wounded, several of them in critical condition. Diyala has seen "
        "repeated IS bombings even as Iraqi forces and allied militias prepare an "
        "offensive to retake Mosul from the group. Provincial authorities imposed a "
        "curfew and closed the courthouse until further notice. The United Nations "
        'envoy to Iraq condemned the attack on "a place of justice". Iraqi courts '
        "have sentenced hundreds of people to death on terrorism charges since 2014, "
        "in trials that rights groups say often last minutes and rely on confessions "
        "obtained under torture.",
        "T E V",
        "car bombing",
    ),
]
