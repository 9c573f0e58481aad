"""dev233 positives, part A: explainers and Q&As on wars and uprisings under way that report
their current fighting, strikes, deaths or flight (Africa, the Middle East, Europe)."""

POSITIVES = [
    (
        "Who is fighting in Sudan and why has Khartoum become a battlefield?",
        "Gunfire and explosions have shaken Sudan's capital for a third day as the army and the "
        "paramilitary Rapid Support Forces (RSF) battle for control of the country. What began "
        "on Saturday morning as clashes around the presidential palace and the airport has spread "
        "to Omdurman, Bahri and the western region of Darfur. The World Health Organization says "
        "at least 185 people have been killed and more than 1,800 wounded, although doctors' "
        "groups warn the real figure is higher because bodies are lying in streets that nobody can "
        "reach. So who are the two sides? The army is led by Gen Abdel Fattah al-Burhan, the de "
        "facto head of state since the 2021 coup. The RSF, which grew out of the Janjaweed militias "
        "of the Darfur conflict, answers to his deputy, Gen Mohamed Hamdan Dagalo, known as "
        "Hemedti. The two men fell out over how quickly the RSF's estimated 100,000 fighters "
        "should be folded into the regular army. Air force jets have struck RSF bases in the city, "
        "and residents of Khartoum 2 describe anti-aircraft fire over their rooftops through the "
        "night. Thousands of families have begun leaving for Gezira state and the Egyptian "
        "border, often on foot. Diplomats say a 24-hour truce brokered on Tuesday collapsed within "
        "hours.",
        "B E M D",
        "battle",
    ),
    (
        "Why are people fleeing El Fasher, and what happens if it falls?",
        "El Fasher is the last big city in Darfur still held by Sudan's army and its allied armed "
        "groups, and for months it has been encircled by the Rapid Support Forces. This week the "
        "RSF pushed into the city's south-eastern districts after days of heavy shelling, according "
        "to residents and the local resistance committee. Médecins Sans Frontières said its "
        "teams at the Saudi Hospital received 54 bodies and 312 wounded in four days, most of them "
        "hit by shells or stray bullets. Why does the city matter? It hosts hundreds of thousands "
        "of people who had already fled earlier fighting elsewhere in North Darfur, many of them "
        "in Zamzam and Abu Shouk camps on its edges. The International Organization for Migration "
        "says about 40,000 people left the city in the past week alone, heading west towards "
        "Tawila or north to the Chadian border. Those who leave describe checkpoints where men are "
        "pulled from vehicles and beaten. Aid agencies have not been able to bring a convoy into "
        "the city since April, and famine has been confirmed in Zamzam. The UN has warned of "
        "“large-scale ethnically motivated attacks” on the Zaghawa and other non-Arab "
        "communities if the RSF takes full control.",
        "B E D H",
        "siege",
    ),
    (
        "What is happening in eastern DR Congo, and who are the M23 rebels?",
        "Fighters of the M23 rebel group said on Monday they had taken Goma, the largest city in "
        "eastern Democratic Republic of Congo, after a lightning advance along the shores of Lake "
        "Kivu. Gunfire was heard near the airport and in the city centre into the afternoon, and "
        "residents reported bodies in several streets. The government in Kinshasa called the "
        "assault a “declaration of war” by neighbouring Rwanda, which UN experts say commands "
        "thousands of its own troops alongside the rebels; Kigali denies this. M23, short for the "
        "March 23 Movement, is mostly led by ethnic Tutsi officers who say they are defending "
        "their community. It seized Goma once before, in 2012, and withdrew under pressure. "
        "This time the consequences for civilians are larger: the city and its outskirts were "
        "already sheltering some 700,000 people displaced by earlier fighting, and the UN says "
        "many of the camps around Goma have emptied as families flee again. Hospitals are "
        "overwhelmed, with the ICRC reporting more than 600 wounded admitted since Sunday. Power "
        "and water have been cut across much of the city.",
        "B D H",
        "offensive",
    ),
    (
        "Who are the Houthis and why are the US and UK striking Yemen?",
        "American and British warplanes and ships struck more than 60 targets in Houthi-held "
        "parts of Yemen overnight, the first direct retaliation for months of attacks on "
        "commercial shipping in the Red Sea. Explosions were reported in Sanaa, the port city of "
        "Hodeidah and Saada, the group's northern stronghold, and a Houthi spokesman said five of "
        "its fighters had been killed. The Houthis, formally Ansar Allah, are a Zaydi Shia movement "
        "that seized the capital in 2014 and have fought a Saudi-led coalition ever since. Since "
        "November they have fired drones and anti-ship missiles at vessels they say are linked to "
        "Israel, in what they call solidarity with Gaza. Many of the ships hit had no obvious "
        "Israeli connection. Washington said the strikes targeted radar sites, launch "
        "positions and weapons stores. Within hours the group's leaders vowed to respond, and "
        "the US Navy said a further anti-ship missile was fired towards the Gulf of Aden on "
        "Friday afternoon, falling into the sea. Shipping companies including Maersk have rerouted "
        "vessels around the Cape of Good Hope.",
        "E M",
        "airstrike",
    ),
    (
        "How Hamas's attack on southern Israel unfolded: what we know so far",
        "Israel is still counting its dead two days after gunmen from Gaza broke through the "
        "border fence at dozens of points, in the deadliest attack in the country's history. "
        "Israeli officials now say more than 900 people were killed, including about 260 at an "
        "outdoor music festival near kibbutz Reim. How did it happen? At dawn on Saturday Hamas "
        "fired thousands of rockets while fighters crossed by land, by sea and on paragliders, "
        "overrunning army posts and entering border communities such as Be'eri and Kfar Aza. "
        "Residents hid in safe rooms for hours as homes were set on fire. The army says scores of "
        "Israelis and foreigners were taken back into Gaza as hostages. Fighting continued in some "
        "communities until Monday morning. Israel has declared war and begun a bombing campaign on "
        "the Gaza Strip, where the health ministry says at least 687 people have been killed. "
        "The military has called up 300,000 reservists. Tens of thousands of Gazans have left "
        "their homes for UN schools, and Israel has ordered a “complete siege” of the "
        "territory, cutting electricity, food and fuel.",
        "B E V M D H",
        "attack",
    ),
    (
        "Why are Palestinians fleeing Jabalia again? Israel's new operation explained",
        "Israeli tanks have encircled Jabalia, the largest of Gaza's eight historic refugee camps, "
        "in what the army describes as an operation to stop Hamas regrouping in the north of the "
        "strip. For the residents it is the third time in a year that they have been told to "
        "leave. Evacuation orders dropped from the air and sent by text message direct people to "
        "move south of the Wadi Gaza, but many say nowhere is safe. Civil defence crews report "
        "that airstrikes on Saturday and Sunday killed at least 43 people, including children, in "
        "houses near the camp's market, and that they cannot reach others under rubble. Why is the "
        "army back? Israel says fighters have returned to areas it cleared earlier in the war. "
        "The UN estimates that some 400,000 people remain in northern Gaza and says no food has "
        "entered the area for two weeks. The last working hospitals in the north, Kamal Adwan and "
        "al-Awda, say they are running out of fuel and blood. Aid groups describe the order to "
        "leave as the beginning of a forced displacement, which Israel denies.",
        "M E D H",
        "military_operation",
    ),
    (
        "Ukraine's push into Russia's Kursk region: what we know",
        "For the first time since the full-scale invasion began, Ukrainian troops are holding "
        "ground inside Russia. The incursion into the Kursk region began on Tuesday with armoured "
        "columns crossing near Sudzha, and by Friday Russian military bloggers were reporting "
        "fighting some 30km from the border. Kyiv was silent for days, but President Volodymyr "
        "Zelensky has now confirmed the operation, saying Russia must “feel what it has "
        "done”. Why would Ukraine do this while it is under pressure in Donetsk? Analysts say "
        "the aim may be to force Moscow to pull units away from the front around Pokrovsk, or to "
        "seize territory as a bargaining chip. Russia's acting governor said at least 12 "
        "civilians had been killed and 121 injured, and that more than 76,000 people had been "
        "evacuated from border districts. Russian warplanes are striking Ukrainian columns, and "
        "video verified by the BBC shows burned-out vehicles on roads around Sudzha. The Russian "
        "defence ministry says it is bringing up reserves and has declared a counter-terrorism "
        "regime in three regions.",
        "B M E D",
        "incursion",
    ),
    (
        "Why are young Kenyans protesting, and how did Parliament come to be stormed?",
        "Kenya's capital was calm but tense on Wednesday after the most violent day of protests "
        "in years, when demonstrators broke into Parliament and set part of the building on fire. "
        "Police opened fire on crowds outside, and the Kenya National Commission on Human Rights "
        "says at least 22 people were killed across the country, most of them in Nairobi. What "
        "started the anger? A finance bill that raised taxes on bread, mobile money and "
        "sanitary pads, which the government said it needed to service its debts. Organised "
        "largely on TikTok and X by people in their twenties, the demonstrations had no party or "
        "leader, and began peacefully last week. On Tuesday the mood changed after lawmakers voted "
        "the bill through. Witnesses saw officers fire tear gas and live rounds as protesters "
        "pushed past barricades, and the governor of Nairobi's office was also set alight. "
        "President William Ruto called the events “treasonous” and deployed the army. Rights "
        "groups say dozens of activists have been abducted from their homes in the days since.",
        "U",
        "riot",
    ),
    (
        "Explained: what is behind the deadly student protests in Bangladesh?",
        "Bangladesh is under a nationwide curfew, with soldiers patrolling the streets of Dhaka "
        "and the internet shut down, after a week of clashes between students and security forces "
        "that has left more than 150 people dead, according to a count by local newspapers. The "
        "protests began as a peaceful campaign against a quota that reserves about a third of "
        "civil service jobs for the descendants of veterans of the 1971 independence war. They "
        "turned violent after activists of the ruling Awami League's student wing attacked "
        "demonstrators at Dhaka University. Police have used rubber bullets, tear gas and live "
        "ammunition, and protesters have burned the headquarters of the state broadcaster BTV "
        "and several police posts. Hospitals report being unable to cope with gunshot wounds. Why "
        "are the quotas so contested? With youth unemployment high, government jobs are among the "
        "few secure ones, and critics say the quota rewards loyalists of Prime Minister Sheikh "
        "Hasina. On Sunday the Supreme Court cut the quota to 7%, but protest leaders say they "
        "will keep going until those responsible for the killings are held to account.",
        "U H",
        "crackdown",
    ),
    (
        "What we know about the attack on Barsalogho",
        "Militants linked to al-Qaeda killed at least 200 people in an attack on the town of "
        "Barsalogho in central Burkina Faso on Saturday, according to a UN security assessment "
        "seen by Reuters; some local groups put the toll far higher. The victims were mostly "
        "villagers who had been ordered by the army to dig defensive trenches around the town. "
        "Gunmen of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) arrived on motorbikes and opened "
        "fire on them as they worked. JNIM said in a statement that it had targeted members of "
        "the army's civilian auxiliary force, the VDP. Who are the attackers? JNIM is al-Qaeda's "
        "Sahel branch and now controls or contests much of Burkina Faso's territory. Videos "
        "circulating online, which the BBC has not verified, show bodies lying in the trenches. "
        "The junta of Capt Ibrahim Traoré has said little about the attack. Barsalogho had "
        "taken in thousands of people who fled earlier raids in the province, and residents say "
        "families are now leaving for Kaya, 45km to the south.",
        "T V D",
        "massacre",
    ),
    (
        "Cabo Delgado insurgency: why is Palma under attack?",
        "Fighting is continuing in and around the northern Mozambican town of Palma, five days "
        "after Islamist militants launched a co-ordinated assault from three directions. The "
        "government confirmed on Sunday that “dozens” of people had been killed, including "
        "seven who died when a convoy trying to escape from the Amarula hotel was ambushed. "
        "Survivors describe bodies in the streets, some beheaded. The militants, known locally "
        "as al-Shabab though unrelated to the Somali group, have pledged allegiance to the "
        "Islamic State group, which claimed the attack. Why Palma? The town lies next to the "
        "site of a $20bn liquefied natural gas project run by TotalEnergies, whose staff had "
        "only recently returned. Thousands of residents fled into the bush or to the beach, "
        "where boats are carrying people to Pemba. The UN says at least 8,000 people have "
        "already arrived in Pemba and Mueda. The insurgency, which began in 2017, had displaced "
        "some 700,000 people before this attack.",
        "T B V D",
        "attack",
    ),
    (
        "Why is Nagorno-Karabakh emptying? The exodus explained",
        "More than 100,000 people, nearly the entire Armenian population of Nagorno-Karabakh, "
        "have crossed into Armenia in the week since Azerbaijan's lightning offensive forced the "
        "enclave's forces to surrender. The Armenian government said on Saturday that 100,417 "
        "people had arrived, many of them in cars and trucks piled with belongings, after waiting "
        "for days on the only road out, the Lachin corridor. Azerbaijan launched what it called "
        "“anti-terrorist measures” on 19 September, with artillery and drone strikes on "
        "Karabakh army positions. Local officials say some 200 people were killed on both "
        "sides in the 24 hours before a ceasefire. A fuel depot explosion near Stepanakert on "
        "Monday killed at least 170 people queuing for petrol to flee. What is the background? "
        "The region is internationally recognised as part of Azerbaijan but was run by ethnic "
        "Armenians since a war in the early 1990s. Baku says Armenians can stay as citizens, but "
        "few trust the promise after a nine-month blockade that left shops empty.",
        "M E B D",
        "offensive",
    ),
    (
        "Who are the Fano militia and why is Ethiopia's Amhara at war again?",
        "Ethiopian federal forces are battling the Amhara militia known as Fano for control of "
        "towns across the north-west of the country, less than a year after the end of the war "
        "in neighbouring Tigray. Fighting reached the regional capital Bahir Dar and the "
        "historic town of Lalibela this week, and flights to both have been suspended. On "
        "Sunday a drone strike on a public square in Finote Selam killed at least 26 people, "
        "according to a hospital official who spoke to AFP. The government has imposed a "
        "six-month state of emergency. Who are Fano? The name, meaning roughly “volunteer "
        "fighter”, covers loose groups of Amhara militiamen who fought alongside the army "
        "against Tigrayan forces. They turned against Addis Ababa after it announced plans to "
        "dissolve regional special forces, which many Amhara saw as leaving them defenceless. "
        "The UN human rights office says there have been mass arrests of ethnic Amhara in the "
        "capital. Internet access in the region has been cut.",
        "B E M",
        "battle",
    ),
    (
        "What is happening on Syria's coast? The killings of Alawites explained",
        "Syria's new authorities have sent reinforcements to the coastal provinces of Latakia "
        "and Tartus after four days of fighting and reprisal killings that monitors say have "
        "left more than 1,000 people dead, most of them civilians. The violence began on "
        "Thursday when gunmen loyal to the ousted president, Bashar al-Assad, ambushed security "
        "patrols near Jableh, killing at least 13 members of the new security forces. Government "
        "troops and allied armed factions then poured into the area. The Syrian Observatory for "
        "Human Rights says it has documented the killing of 745 Alawite civilians in villages "
        "such as al-Mukhtariya, often in their homes, in what it calls “executions”. Why the "
        "Alawites? The Assad family belongs to the minority sect, which dominated the old "
        "army and security services. Interim President Ahmed al-Sharaa has promised to "
        "punish anyone who harmed civilians. Thousands of Alawite families have sought refuge "
        "at the Russian air base at Hmeimim, and others have crossed into northern Lebanon.",
        "B M V D",
        "massacre",
    ),
    (
        "Israel's ground invasion of Lebanon: what we know",
        "Israeli troops have crossed into southern Lebanon in what the military calls "
        "“limited, localised and targeted” raids against Hezbollah, a week after an air "
        "campaign that Lebanon's health ministry says has killed more than 1,000 people. Heavy "
        "shelling was reported around the border villages of Odaisseh and Kfar Kila, and "
        "Hezbollah said its fighters had clashed with Israeli soldiers and fired rockets at "
        "troop concentrations. Israel has ordered residents of about 30 villages to leave for "
        "areas north of the Awali river. What is Israel's aim? It says it wants to push Hezbollah "
        "back from the border so that 60,000 Israelis displaced from northern towns can return. "
        "Strikes also continued on Beirut's southern suburbs overnight. The Lebanese government "
        "estimates that up to 1.2m people have fled their homes, and many are sleeping in schools, "
        "on beaches and in public squares in Beirut. Tens of thousands have crossed into Syria. "
        "The World Health Organization says several hospitals in the south have shut.",
        "M E B D H",
        "ground_incursion",
    ),
    (
        "Why is there fighting in Tripoli again? Libya's militia clashes explained",
        "Heavy gunfire and explosions rocked the Libyan capital overnight as rival armed groups "
        "fought in several neighbourhoods, leaving at least six people dead, according to the "
        "emergency medicine centre. The clashes erupted after the head of the powerful Stability "
        "Support Apparatus (SSA), Abdulghani al-Kikli, known as Ghnewa, was killed at a military "
        "camp in Tripoli's Abu Salim district. Forces loyal to the Government of National Unity "
        "then moved against his positions. Residents of Abu Salim described tracer fire over "
        "their homes and armoured vehicles in the streets. The university suspended classes and "
        "several flights were diverted to Misrata. Why does Tripoli keep flaring up? Since the "
        "fall of Muammar Gaddafi in 2011, the capital has been carved up among militias that "
        "are nominally under state authority but answer to their own commanders. The UN mission "
        "in Libya urged all sides to stop fighting and protect civilians. By Wednesday a fragile "
        "calm had returned, with mediators from Zawiya negotiating a truce.",
        "B M",
        "clashes",
    ),
]
