"""dev133 hard negatives: diplomacy and ceasefires, old crimes in court and anniversaries, peaceful
protests and strikes (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Gaza ceasefire talks resume in Sharm el-Sheikh",
        "Israeli and Hamas negotiators began indirect talks in the Egyptian resort of Sharm "
        "el-Sheikh on Monday on the first phase of a US plan to end the war in Gaza, with "
        "Egyptian and Qatari mediators shuttling between the delegations. The talks are focused "
        "on the release of the remaining hostages and the withdrawal of Israeli troops to an "
        "agreed line.",
        "peace",
    ),
    (
        "Kinshasa and Kigali sign US-brokered peace deal",
        "The foreign ministers of Congo and Rwanda signed a peace agreement at the State "
        "Department on Friday, committing Rwanda to withdraw its troops from eastern Congo "
        "within 90 days and both countries to stop supporting armed groups on each other's "
        "soil. The M23 rebels, who hold Goma and Bukavu, were not party to the deal.",
        "peace",
    ),
    (
        "Aliyev and Pashinyan initial peace text in Washington",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House "
        "on Friday, pledging to end nearly four decades of conflict and to open a transit route "
        "through southern Armenia to be developed by the United States. The text still has to "
        "be signed and ratified.",
        "peace",
    ),
    (
        "Russia and Ukraine finish three-day, 1,000-for-1,000 prisoner swap",
        "Russia and Ukraine exchanged 1,000 prisoners each over three days, completing the "
        "largest swap of the war, the two countries said on Sunday, in the only concrete result "
        "of their direct talks in Istanbul. Freed Ukrainian soldiers, some wrapped in national "
        "flags, were taken by bus to a hospital in Chernihiv region.",
        "peace",
    ),
    (
        "Torkham crossing reopens after 25-day closure",
        "Pakistan and Afghanistan reopened the Torkham border crossing on Friday after a 25-day "
        "closure that left thousands of lorries stranded, customs officials said. The crossing "
        "was shut after a dispute over the construction of a border post by the Afghan side. "
        "Traders said fruit and vegetables worth millions of dollars had rotted in the queues.",
        "peace",
    ),
    (
        "Thai-Cambodian ceasefire takes effect after talks in Putrajaya",
        "A ceasefire between Thailand and Cambodia took effect at midnight on Monday after the "
        'leaders of the two countries agreed to an "immediate and unconditional" truce at talks '
        "hosted by Malaysian Prime Minister Anwar Ibrahim in Putrajaya. Army commanders from "
        "both sides were due to meet on Tuesday to discuss pulling back troops and the return "
        "of displaced villagers.",
        "peace",
    ),
    (
        "Security Council extends UNIFIL for a final time",
        "The UN Security Council voted unanimously on Thursday to extend the mandate of the "
        "peacekeeping force in southern Lebanon, UNIFIL, until the end of 2026, and to wind it "
        "down within a year after that. The United States and Israel had pushed for the mission "
        "to end sooner.",
        "peace",
    ),
    (
        "Comuneros del Sur hand over weapons in Nariño",
        "The Comuneros del Sur, a splinter group of the ELN guerrillas, handed over about 300 "
        "rifles, grenades and mortar rounds to UN officials in Colombia's Nariño department on "
        'Saturday, the first disarmament under President Gustavo Petro\'s "total peace" policy. '
        "The weapons will be melted down.",
        "peace",
    ),
    (
        "Quad proposes three-month humanitarian truce for Sudan",
        "The United States, Saudi Arabia, Egypt and the United Arab Emirates called on Sudan's "
        "army and the Rapid Support Forces to agree a three-month humanitarian truce, followed "
        "by a permanent ceasefire and a nine-month transition to civilian rule. The RSF said it "
        "accepted the plan; the army-backed government said it would study it.",
        "peace",
    ),
    (
        "Al-Sharaa addresses UN General Assembly, first Syrian leader in decades",
        "Syrian President Ahmed al-Sharaa addressed the UN General Assembly on Wednesday, the "
        "first Syrian head of state to do so in nearly six decades, and called for the lifting "
        "of all remaining sanctions. The former rebel commander's charm offensive has taken him "
        "to Paris, Riyadh and the White House this year.",
        "peace",
    ),
    (
        "Last living hostages freed as Gaza ceasefire holds",
        "Hamas released the last 20 living Israeli hostages to the Red Cross on Monday, and "
        "Israel freed nearly 2,000 Palestinian prisoners and detainees, under the first phase "
        "of the ceasefire that took effect on Friday. Crowds in Tel Aviv's Hostages Square "
        "cheered as the names were read out, and buses carrying freed prisoners were met by "
        "thousands in Ramallah and Khan Younis.",
        "peace",
    ),
    (
        "Prosecutors seek 45 years for Thaçi in Kosovo war crimes trial",
        "Prosecutors at the Kosovo Specialist Chambers in The Hague asked judges on Tuesday to "
        "sentence former president Hashim Thaçi to 45 years in prison for war crimes and crimes "
        "against humanity committed by the Kosovo Liberation Army in 1998 and 1999. Thaçi and "
        "three co-defendants deny the charges of murder, torture and persecution of political "
        "opponents. A verdict is expected next year.",
        "history",
    ),
    (
        "Guatemalan general goes on trial for Ixil genocide",
        "Retired general Benedicto Lucas García, army chief of staff in 1981 and 1982, went on "
        "trial in Guatemala City on Friday accused of genocide against the Maya Ixil people, in "
        "a case covering more than 1,200 killings, sexual violence and the forced displacement "
        "of thousands. He denies the charges.",
        "history",
    ),
    (
        "Bell tolls at 8:15 as Hiroshima marks 80th anniversary",
        "Tens of thousands of people gathered in Hiroshima's Peace Memorial Park on Wednesday "
        "to mark 80 years since the United States dropped an atomic bomb on the city, and a "
        "bell tolled at 8:15, the moment of the blast. Mayor Kazumi Matsui warned that military "
        "build-ups were normalising the idea of nuclear weapons.",
        "history",
    ),
    (
        "Dresden evacuates 10,000 to defuse wartime bomb",
        "About 10,000 residents of Dresden's old town were evacuated on Wednesday while "
        "specialists defused a 250 kg British bomb from the Second World War found during the "
        "demolition of the collapsed Carola bridge, police said. Trams were diverted and the "
        "Zwinger museum closed for the day.",
        "history",
    ),
    (
        "Srebrenica buries seven more victims on 30th anniversary",
        "Thousands of mourners gathered at the memorial centre in Potočari on Friday as the "
        "remains of seven more victims of the 1995 Srebrenica massacre were buried, 30 years "
        "after Bosnian Serb forces killed about 8,000 Muslim men and boys. Some of the bodies "
        "were identified from only a few bones.",
        "history",
    ),
    (
        "Exhumation begins at Paterna mass grave from Spanish civil war",
        "Forensic archaeologists began exhuming a mass grave in Paterna cemetery, near "
        "Valencia, on Monday that is believed to hold the remains of at least 150 Republicans "
        "executed by Franco's forces between 1939 and 1942. Relatives have given DNA samples so "
        "that the dead can be identified under Spain's democratic memory law.",
        "history",
    ),
    (
        "Paris court convicts ex-doctor of genocide complicity in Rwanda",
        "A Paris court sentenced a former Rwandan doctor to 27 years in prison on Tuesday for "
        "complicity in genocide and crimes against humanity during the 1994 massacres of Tutsis "
        "in Butare, where he ran a health centre. The defence said it would appeal.",
        "history",
    ),
    (
        "Swiss court jails former Gambian minister for crimes against humanity",
        "Switzerland's federal criminal court sentenced Ousman Sonko, Gambia's interior "
        "minister under former dictator Yahya Jammeh, to 20 years in prison on Wednesday for "
        "crimes against humanity, including the torture and killing of opponents between 2000 "
        "and 2016. He is the highest-ranking official tried in Europe under universal "
        "jurisdiction.",
        "history",
    ),
    (
        "Remains of Chinese Korean War soldiers flown home from Incheon",
        "South Korea handed over the remains of 30 Chinese soldiers killed in the 1950-53 "
        "Korean War at a ceremony at Incheon airport on Friday, the 12th such repatriation "
        "since 2014. A Chinese air force plane escorted by fighter jets carried the coffins to "
        "Shenyang.",
        "history",
    ),
    (
        "National strike shuts Brussels airport and halts trains",
        "Belgium's unions held a national strike on Tuesday against the government's pension "
        "and labour reforms, shutting Brussels and Charleroi airports and cancelling most train "
        "services. About 100,000 people marched through Brussels, police said, in a "
        "demonstration that passed off peacefully.",
        "protest",
    ),
    (
        "Nurses walk out across New Zealand in pay dispute",
        "Around 36,000 nurses and healthcare workers walked off the job across New Zealand on "
        "Wednesday in a 24-hour strike over pay and staffing, the New Zealand Nurses "
        "Organisation said. Hospitals postponed planned surgery; Health Minister Simeon Brown "
        "said the union's demands were unaffordable.",
        "protest",
    ),
    (
        "Farmers drive 1,000 tractors into Brussels over Mercosur deal",
        "Around 1,000 tractors converged on Brussels' European quarter on Thursday as farmers "
        "from France, Belgium and Ireland protested against the EU's trade deal with the "
        "Mercosur bloc, blocking roads around the summit venue for several hours. Police said "
        "the protest passed off without incident.",
        "protest",
    ),
    (
        "Hundreds of thousands rally peacefully in Belgrade",
        "Hundreds of thousands of people filled the streets of central Belgrade on Saturday in "
        "the largest protest in Serbia's modern history, led by students demanding "
        "accountability for the collapse of a railway station canopy in Novi Sad that killed 15 "
        "people. The rally ended without serious incidents, and students handed out water and "
        "first aid.",
        "protest",
    ),
    (
        "Laila Soueif ends hunger strike after 280 days",
        "Laila Soueif, the mother of jailed British-Egyptian activist Alaa Abd el-Fattah, ended "
        "a hunger strike of more than 280 days on Tuesday after doctors said her life was at "
        "risk, her family said. She had been demanding her son's release from an Egyptian "
        "prison.",
        "protest",
    ),
    (
        "Hostage families block Tel Aviv highway demanding deal",
        "Families of hostages held in Gaza and their supporters blocked the Ayalon highway in "
        'Tel Aviv for an hour on Saturday night, holding photographs and chanting "bring them '
        'home now", before police cleared the road. Three protesters were detained.',
        "protest",
    ),
    (
        "Taxi drivers block Madrid ring road over ride-hailing licences",
        "Hundreds of taxi drivers blocked the M-30 ring road and the Paseo de la Castellana in "
        "Madrid on Monday morning to protest against plans to issue more licences for "
        "ride-hailing vehicles, causing tailbacks of several kilometres. The blockade ended at "
        "midday after the regional transport councillor agreed to meet union leaders.",
        "protest",
    ),
    (
        "Punjab farmers resume 'Dilli Chalo' march from Shambhu border",
        "Farmers' unions resumed their march towards New Delhi from the Shambhu border on "
        "Friday to press for a legal guarantee of minimum support prices, but the group of 101 "
        "farmers turned back after a few hundred metres when police stopped them at barricades. "
        "Union leader Jagjit Singh Dallewal has been on a hunger strike for 11 days.",
        "protest",
    ),
    (
        "Eleven detained as climate activists block A12 in The Hague",
        "Dutch police removed several hundred Extinction Rebellion activists from the A12 "
        "motorway in The Hague on Saturday, detaining 11 who refused to leave, and the road "
        "reopened after three hours. The protesters were demanding an end to tax breaks for the "
        "fossil fuel industry.",
        "protest",
    ),
    (
        "Lecturers' strike shuts Nigeria's public universities",
        "The Academic Staff Union of Universities began an indefinite strike on Monday, "
        "shutting Nigeria's public universities over unpaid salary arrears and a 2009 agreement "
        "the union says the government has never honoured. The education minister called the "
        'strike "unnecessary" and urged lecturers back to class.',
        "protest",
    ),
]
