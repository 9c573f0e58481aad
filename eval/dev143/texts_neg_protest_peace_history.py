"""dev143 hard negatives: peaceful strikes and marches, peace processes and history."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Minimum wage: Airports, hospitals shut as NLC, TUC begin indefinite strike",
        "Economic activities were disrupted across the country on Monday as the Nigeria "
        "Labour Congress (NLC) and the Trade Union Congress (TUC) began an indefinite "
        "nationwide strike over the new minimum wage and the hike in electricity "
        "tariff. Workers shut the national grid, the Nnamdi Azikiwe International "
        "Airport in Abuja and the Murtala Muhammed Airport in Lagos, leaving passengers "
        "stranded. Public hospitals in Lagos, Ibadan and Kano turned away patients, "
        "while courts, banks and the National Assembly remained under lock and key. NLC "
        "President Joe Ajaero said the unions would not call off the strike until the "
        'Federal Government presented a "living wage", rejecting its offer of N60,000. '
        '"Our members cannot survive on N30,000 when a bag of rice costs over N70,000," '
        "he told journalists at Labour House. The Minister of Information, Mohammed "
        "Idris, urged the unions to return to the negotiating table, describing the "
        'shutdown of the grid as "treasonable". Picketing union members sang solidarity '
        "songs outside ministries in the Federal Secretariat, and no violence was "
        "reported. The Federal Government later invited the labour leaders to a meeting "
        "at the Presidential Villa.",
        "protest",
    ),
    (
        "Police arrest 12 as anti-corruption march to Parliament fizzles out",
        "Police on Tuesday arrested 12 young people who attempted to march to "
        "Parliament in Kampala to demand the resignation of Speaker Anita Among over "
        "corruption allegations. Police and military officers were deployed on roads "
        "leading to Parliament from early morning, and the protesters, some carrying "
        'placards reading "Stop corruption" and "Among must go", were picked up in '
        "small groups on Kampala Road and near Parliamentary Avenue. Police "
        "spokesperson Patrick Onyango said those arrested would be charged with being a "
        'common nuisance, and that the march had not been authorised. "We have not used '
        "force on anyone. They were arrested peacefully and taken to Central Police "
        'Station," he said. Most shops in the city centre remained open, though '
        "business was slow as traders watched events from their doors. President "
        'Museveni had warned over the weekend that protesters would be "playing with '
        'fire", saying the country would not allow the chaos seen in neighbouring '
        "Kenya. Organisers said the arrests showed the government's fear of young "
        "people demanding accountability and vowed to march again next week. Opposition "
        "leader Bobi Wine condemned the arrests and demanded the unconditional release "
        "of the protesters.",
        "protest",
    ),
    (
        "Hundreds rally in Misrata's Martyrs' Square demanding elections",
        "Hundreds of people gathered in Misrata's Martyrs' Square on Friday evening to "
        "demand presidential and parliamentary elections and the departure of all the "
        "bodies that have ruled Libya during the transitional period. The "
        "demonstrators, who included students, civil society activists and members of "
        "the municipal council, waved Libyan flags and chanted slogans against the "
        "House of Representatives, the High Council of State and the Government of "
        'National Unity. "Ten years of transitional governments are enough; we want to '
        'choose our leaders," said a student from Misrata University who addressed the '
        "crowd. The organisers read a statement calling on the UN Support Mission in "
        "Libya (UNSMIL) to set a date for elections within six months and warning that "
        "they would stage a sit-in if their demands were not met. The protest ended "
        "peacefully late in the evening, and security forces were seen only directing "
        "traffic around the square. Similar gatherings were held in Zawiya and in the "
        "Souq al-Jumaa district of Tripoli. The elections planned for December 2021 "
        "were postponed indefinitely after disputes over the eligibility of candidates. "
        "UNSMIL said it had taken note of the demands and reiterated its support for a "
        "political process leading to elections.",
        "protest",
    ),
    (
        "TPLF hands over heavy weapons to ENDF in Agulae, AU monitors confirm",
        "The Tigray People's Liberation Front (TPLF) on Tuesday began handing over "
        "heavy weapons to the Ethiopian National Defense Force (ENDF) at Agulae, about "
        "30 kilometres east of Mekelle, in line with the Pretoria peace agreement "
        "signed in November. The African Union's monitoring, verification and "
        "compliance mission said its team had observed the handover of tanks, artillery "
        'pieces and rocket launchers, and described it as "an important milestone" in '
        "the implementation of the agreement. Tigray forces commander Tadesse Werede "
        "said the handover showed the commitment of the Tigrayan side to peace, and "
        "called on the federal government to ensure the withdrawal of Eritrean and "
        "Amhara forces from the region. Federal officials said the process would be "
        "followed by the disarmament, demobilisation and reintegration of Tigrayan "
        "fighters. Flights between Addis Ababa and Mekelle resumed last month, and "
        "banking and telecommunication services have been partially restored in the "
        "region. Residents of Mekelle told Addis Standard they hoped the handover would "
        "be followed by the return of displaced people to western Tigray. The agreement "
        "ended two years of war that killed hundreds of thousands of people. An AU "
        "panel led by former Nigerian President Olusegun Obasanjo is expected to meet "
        "the parties in Nairobi next week.",
        "peace",
    ),
    (
        "Tumaini talks: Government, holdout groups initial protocols in Nairobi",
        "The South Sudanese government and a coalition of opposition groups that did "
        "not sign the 2018 peace agreement on Tuesday initialled several protocols "
        "under the Tumaini Initiative in Nairobi, Kenya, the mediators said. The "
        "protocols cover security arrangements, a permanent ceasefire and the reform of "
        "the security sector, the chief mediator, Lazarus Sumbeiywo, told reporters. "
        'Pagan Amum, leader of the Real SPLM, told Radio Tamazuj that "a lot of work '
        'remains", particularly on the question of how the new arrangements will relate '
        "to the revitalised peace agreement. The SPLM-IO of First Vice President Riek "
        "Machar, a party to the 2018 deal, has raised concerns that the Tumaini process "
        "could undermine the existing agreement. The initialled documents will now be "
        "submitted to the parties' leaders for approval before the final signing "
        "ceremony, expected next month. Kenyan President William Ruto, who is hosting "
        'the talks, urged the parties to "finish the job" in the interest of the people '
        "of South Sudan.",
        "peace",
    ),
    (
        "Washington: DRC and Rwanda sign a peace agreement under the aegis of the United States",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda, Thérèse "
        "Kayikwamba Wagner and Olivier Nduhungirehe, on Friday in Washington signed a "
        "peace agreement intended to end three decades of tension between the two "
        "neighbours. The text, signed in the presence of US Secretary of State Marco "
        "Rubio, provides for respect for the territorial integrity of each state, the "
        'end of support to non-state armed groups, the "disengagement" of Rwandan '
        "forces and the neutralisation of the FDLR. It also provides for a joint "
        "security coordination mechanism and a regional economic integration framework. "
        '"Today marks the beginning of a new chapter," Kayikwamba said in her speech, '
        "while insisting that peace would be measured by the facts on the ground. "
        'Nduhungirehe, for his part, said Rwanda expected the end of "the threat posed '
        'by the FDLR". In Kinshasa, the opposition and part of civil society greeted '
        "the agreement with caution, noting that the M23 was not a party to it. "
        "Negotiations between Kinshasa and the M23/AFC are continuing in Doha under "
        "Qatari mediation. The two heads of state, Félix Tshisekedi and Paul Kagame, "
        "are expected in Washington in the coming weeks to finalise the deal.",
        "peace",
    ),
    (
        "Kwara: Herders, farmers sign peace pact, agree on compensation for destroyed crops",
        "Leaders of farmers and Fulani herders in Baruten Local Government Area of "
        "Kwara State on Thursday signed a peace agreement aimed at ending recurring "
        "disputes over crop damage and grazing routes in the area. The agreement, "
        "brokered by the Emir of Borgu and the Kwara State Government, provides for a "
        "committee of both communities that will assess damage to farmland and fix "
        "compensation within seven days. Under the deal, herders will keep their cattle "
        "off farms during the planting and harvest seasons and use three grazing routes "
        "marked by the state's ministry of agriculture. The state chairman of the "
        "Miyetti Allah Cattle Breeders Association, Alhaji Usman Adamu, said herders "
        "who breach the agreement would be handed over to the traditional rulers for "
        "sanction. A farmers' leader in Kaiama, Bio Sunday, said farmers had lost yams "
        'and maize worth millions of naira to straying cattle in the last season. "We '
        'have agreed that nobody will take the law into his own hands," he said. The '
        "Commissioner for Agriculture said the state would drill boreholes along the "
        "grazing routes to reduce the movement of cattle into farms. The signing was "
        "witnessed by representatives of the police, the Nigeria Security and Civil "
        "Defence Corps and local vigilante groups.",
        "peace",
    ),
    (
        "Armed Forces Remembrance Day: Tinubu lays wreath, honours fallen heroes",
        "President Bola Tinubu on Thursday laid a wreath at the National Cenotaph in "
        "Abuja to mark the 2026 Armed Forces Remembrance Day, in honour of Nigerian "
        "soldiers who died in the two World Wars, the civil war and peacekeeping "
        "operations. The President was joined by the Chief of Defence Staff, the "
        "service chiefs, the Senate President and the Speaker of the House of "
        "Representatives, as well as veterans of the Burma campaign and the civil war. "
        "Guns were fired in salute and white pigeons released as the Last Post was "
        "sounded at the Eagle Square. In a message, Tinubu said the nation would never "
        'forget "the sacrifices of our gallant men and women who gave their today for '
        'our tomorrow". The National Chairman of the Nigerian Legion appealed for '
        "better welfare for veterans, many of whom he said were living in poverty. The "
        "day was first observed on 15 January, the date the civil war ended in 1970, "
        "and replaced the Remembrance Day held on 11 November during the colonial "
        "period. Similar ceremonies were held in state capitals across the country. "
        "Widows of fallen soldiers were presented with gifts at the end of the event.",
        "history",
    ),
    (
        "Gukurahundi hearings open in Matabeleland North amid mixed reactions",
        "Community hearings on the Gukurahundi massacres of the 1980s began on Monday "
        "in Lupane and Tsholotsho, with chiefs presiding over sessions where survivors "
        "and relatives of victims were invited to give testimony. The hearings are part "
        "of a government-backed programme led by traditional leaders under the National "
        "Council of Chiefs, which President Emmerson Mnangagwa says will allow victims "
        "to obtain birth and death certificates, exhumations and reburials of "
        "relatives. Thousands of civilians in Matabeleland and the Midlands were killed "
        "by the army's North Korean-trained Fifth Brigade between 1983 and 1987, "
        "according to the Catholic Commission for Justice and Peace. In Lupane, an "
        "elderly woman told the hearing that soldiers had taken her husband from their "
        "homestead in 1984 and that she never saw him again. Rights groups, however, "
        "criticised the process, saying the chiefs were not independent and that "
        "testimonies were heard under the watch of state security agents. The "
        "opposition Zapu called for an independent commission and an official apology "
        "from the state. Chief Fortune Charumbira, president of the National Council of "
        "Chiefs, said the process was victim-centred and would move to other districts "
        "in the coming weeks. NewsDay observed that several people left the venue "
        "without testifying, citing fear. In Tsholotsho, villagers pointed out the "
        "sites of shallow graves near a school and asked that the remains be exhumed "
        "and reburied with dignity. The hearings are being recorded and transcribed, "
        "and the Council of Chiefs said a report would be submitted to the President at "
        "the end of the process. The late former president Robert Mugabe once described "
        'the killings as "a moment of madness" but never issued a formal apology.',
        "history",
    ),
    (
        "Adwa Victory Day marked with celebrations in Addis Ababa, Adwa",
        "Ethiopians on Sunday marked the 130th anniversary of the Battle of Adwa, in "
        "which the forces of Emperor Menelik II and Empress Taytu defeated an invading "
        "Italian army on 1 March 1896. Thousands of people, many wearing traditional "
        "costumes and carrying the green, yellow and red flag, gathered at the Adwa "
        "Victory Memorial in the Piassa area of Addis Ababa, where the main ceremony "
        'was held. Prime Minister Abiy Ahmed said in a message that Adwa remained "a '
        'symbol of the freedom of all black peoples" and called on Ethiopians to unite '
        "for the country's development. Re-enactors dressed as Menelik's warriors, "
        "armed with spears and shields, paraded through the streets to the sound of "
        "drums. In Adwa town, residents and officials of the Tigray interim "
        "administration laid wreaths at the battle site. The African Union, which is "
        "headquartered in Addis Ababa, also marked the day with a ceremony attended by "
        "diplomats. Historians note that the victory allowed Ethiopia to keep its "
        "independence during the Scramble for Africa, although Italy occupied the "
        "country from 1936 to 1941. Adwa Day is a public holiday in Ethiopia.",
        "history",
    ),
    (
        "Westgate attack: Survivors, families mark 10 years since mall siege",
        "Survivors and families of the victims of the 2013 Westgate Mall terrorist "
        "attack on Thursday gathered at the Nairobi mall to mark ten years since "
        "al-Shabaab gunmen killed 67 people in a four-day siege. A memorial service was "
        "held at the mall's rooftop parking, where the attack began, with candles lit "
        "and the names of those killed read out one by one. Among those present was "
        "Abdul Haji, the businessman who was photographed rescuing children during the "
        "attack, who said the country still had lessons to learn about emergency "
        'response. "The wounds are still there, but we have chosen to live," said Jane '
        "Muthoni, who lost her sister in the attack. The families have for years "
        "demanded the construction of a permanent memorial and compensation for those "
        "injured. Interior Principal Secretary Raymond Omollo said the government had "
        "since strengthened intelligence-sharing and the response capacity of the "
        "security agencies. Two men were convicted in 2020 of helping the attackers and "
        "are serving prison sentences. The mall, which was rebuilt and reopened in "
        "2015, remained open to shoppers during the ceremony.",
        "history",
    ),
]
