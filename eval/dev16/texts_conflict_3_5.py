"""dev16 texts: conflict and political violence, parts 3 to 5 (part 5: aid, returns, shelter).

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- conflict and political violence, part 3
    (
        "Azerbaijan: Karabakh Armenians leave after offensive",
        "[[More than 100,000 people|displaced;a=the Armenian government]] crossed from Nagorno-Karabakh into Armenia within a week of Azerbaijan's {{24-hour}} offensive in {{September 2023}}, the Armenian government said. "
        "A fuel depot explosion near Stepanakert during the exodus killed [[at least 170 people|killed]]. "
        "Yerevan said it had registered [[about 21,000 families|aid;a=Yerevan]] for a monthly allowance of {{50,000 drams}}.",
    ),
    (
        "Sri Lanka: Easter Sunday bombings",
        "Suicide bombers struck three churches and three luxury hotels on {{21 April 2019}}, killing [[more than 250 people|killed;a=the authorities]], the authorities said. "
        "Police said [[about 500 people|injured;a=Police]] had been wounded and [[24 suspects|arrested;a=Police]] were in custody within {{48 hours}}.",
    ),
    (
        "New Zealand: gunman attacks two Christchurch mosques",
        "A gunman killed [[51 worshippers|killed;a=police]] at two mosques in Christchurch during Friday prayers on {{15 March 2019}}, police said. "
        "Prime Minister Jacinda Ardern called it a terrorist attack, and the {{28-year-old}} suspect was later sentenced to life without parole. "
        "[[Forty people|injured]] were treated for gunshot wounds.",
    ),
    (
        "Chile: riots over metro fare rise",
        "Rioters set fire to [[more than 20 metro stations|housing;u=structure;a=the metro operator]] in Santiago after a rise of {{30 pesos}} in the fare, the metro operator said in {{October 2019}}. "
        "The government declared a state of emergency and deployed [[9,500 soldiers and police|combatants;n=soldiers and police]]. "
        "The national human rights institute said [[at least 18 people|killed;a=The national human rights institute]] had died and [[2,400|injured;a=The national human rights institute]] had been injured by the end of the month.",
    ),
    (
        "Iran: crackdown on protests after Mahsa Amini's death",
        "Security forces have killed [[at least 448 protesters|killed;a=Iran Human Rights]], including [[60 children|killed;a=Iran Human Rights]], since the protests began in {{mid-September}}, Iran Human Rights said. "
        "The UN's human rights chief said [[about 14,000 people|arrested;a=The UN's human rights chief]] had been detained, among them students and journalists.",
    ),
    (
        "Ethiopia: Tigray refugees arrive in Sudan",
        "[[More than 36,000 Ethiopians|displaced;a=the UNHCR]] have crossed into eastern Sudan since fighting erupted in Tigray on {{4 November}}, the UNHCR said. "
        "Arrivals had reached [[4,000 people a day|displaced;a=the agency;alt=the UNHCR]] at the Hamdayet crossing, the agency said, and Um Rakuba camp is being reopened for [[20,000 refugees|capacity;p;a=the agency;alt=the UNHCR]].",
    ),
    (
        "Myanmar: Rohingya flee to Bangladesh after army operations",
        "[[About 370,000 Rohingya|displaced;a=the UN]] have fled Rakhine state into Bangladesh since {{25 August 2017}}, the UN said. "
        "Human Rights Watch said satellite images showed [[214 villages|other;a=Human Rights Watch]] had been almost entirely destroyed. "
        "Bangladesh plans to build shelters for [[400,000 people|capacity;p;a=Bangladesh]] near Kutupalong.",
    ),
    (
        "Egypt: gunmen attack mosque in North Sinai",
        "Militants detonated a bomb and opened fire on worshippers at the al-Rawda mosque in Bir al-Abd in {{November 2017}}, killing [[305 people|killed;a=the public prosecutor]], including [[27 children|killed;a=the public prosecutor]], the public prosecutor said. "
        "[[Between 25 and 30 gunmen|combatants;a=the public prosecutor]] took part, carrying an Islamic State flag, he said. "
        "[[At least 128|injured]] were wounded.",
    ),
    (
        "Central African Republic: rebels attack UN base in Bangassou",
        "Anti-balaka fighters attacked a peacekeeping base and the Muslim quarter of Bangassou, killing [[at least 26 civilians|killed;a=the Red Cross]], the Red Cross said. "
        "[[Six peacekeepers|killed;a=MINUSCA]] were also killed, and [[about 2,000 Muslims|displaced;a=MINUSCA]] took refuge in the Catholic cathedral, according to MINUSCA.",
    ),
    (
        "South Africa: looting and riots after Zuma's jailing",
        "Riots and looting in KwaZulu-Natal and Gauteng after former president Jacob Zuma began a {{15-month}} sentence killed [[337 people|killed;a=the government]], the government said. "
        "[[About 25,000 soldiers|combatants;a=the government]] were deployed, it said, and [[more than 3,400 people|arrested;a=police]] were arrested, according to police. "
        "Damage to the economy was estimated at {{50 billion rand}}.",
    ),
    (
        "Ukraine: Kharkiv hit by guided bombs",
        "Russian guided bombs struck a DIY hypermarket in Kharkiv on {{25 May 2024}}, killing [[19 people|killed;a=Governor Oleh Syniehubov]] and wounding [[54|injured;a=Governor Oleh Syniehubov]], Governor Oleh Syniehubov said. "
        "[[More than 120 people|civilians;a=officials]] were inside the store when the bombs hit, officials said; the store covered {{15,000 square metres}}.",
    ),
    (
        "Burkina Faso: massacre in Barsalogho",
        "Jihadists attacked residents digging trenches around Barsalogho in {{August 2024}}, killing [[at least 133 people|killed;a=a UN security assessment]], a UN security assessment said. "
        "JNIM said it had killed [[about 300 militiamen|killed;a=JNIM]]. "
        "The town hosted [[about 70,000 displaced people|displaced]] before the attack.",
    ),
    (
        "France: truck attack in Nice on Bastille Day",
        "A man drove a {{19-tonne}} truck into crowds watching fireworks on the Promenade des Anglais on {{14 July 2016}}, killing [[86 people|killed;a=prosecutors]], prosecutors said. "
        "[[More than 450|injured;a=prosecutors]] were hurt, they said. "
        "The driver, a {{31-year-old}} Tunisian, was shot dead by police after a {{2-kilometre}} rampage.",
    ),
    (
        "Colombia: dissident offensive in Catatumbo forces exodus",
        "Clashes between the ELN and FARC dissidents in Catatumbo forced [[more than 52,000 people|displaced;a=the Norwegian Refugee Council]] to flee in {{January 2025}}, the Norwegian Refugee Council said. "
        "[[About 32,000|displaced;a=the local authorities]] reached Cucuta, where [[15 shelters|capacity;a=the local authorities]] were opened, the local authorities said. "
        "The government sent [[5,000 troops|combatants]] to the area.",
    ),
    (
        "Syria: coastal violence kills Alawite civilians",
        "Security forces and allied fighters killed [[more than 1,400 civilians|killed;a=the Syrian Network for Human Rights]], most of them Alawites, in coastal provinces in {{March 2025}}, according to the Syrian Network for Human Rights. "
        "[[About 20,000 people|displaced;a=the UN refugee agency]] fled across the border into northern Lebanon, the UN refugee agency said.",
    ),
    (
        "Thailand: bombs hit shops in southern provinces",
        "[[At least 17 small bombs|other;u=other;a=police]] exploded at shops and petrol stations in Pattani, Narathiwat and Yala provinces overnight, police said. "
        "[[Two people|killed;a=police]] were killed and [[11|injured;a=police]] were injured, they said. "
        "[[More than 7,000 people|killed]] have died since the insurgency flared in {{2004}}.",
    ),
    (
        "United Kingdom: rioters attack asylum hotel in Rotherham",
        "Rioters smashed windows and set fires at a hotel housing asylum seekers in Rotherham in {{August 2024}}, as [[about 240 residents|civilians]] sheltered inside. "
        "[[Sixty-four police officers|injured;a=South Yorkshire Police]] were injured, South Yorkshire Police said. "
        "By the end of the month [[more than 1,000 people|arrested;a=the National Police Chiefs' Council]] had been arrested over the disorder, the National Police Chiefs' Council said.",
    ),
    # ---------------------------------------------------------------- conflict and political violence, part 4
    (
        "Peru: protesters killed in clashes at Juliaca airport",
        "Security forces fired on protesters trying to take the airport in Juliaca on {{9 January 2023}}, killing [[17 people|killed;a=the Ombudsman's Office]], the Ombudsman's Office said. "
        "[[At least 68 civilians|injured;a=the health ministry]] and [[nine police officers|injured;a=the health ministry]] were treated in hospital, according to the health ministry.",
    ),
    (
        "Kazakhstan: unrest after fuel price rise",
        "Authorities said [[225 people|killed;a=Authorities]] died during the January unrest, including [[19 law enforcement officers|killed;a=Authorities]]. "
        "[[More than 9,900 people|arrested;a=the interior ministry]] were detained, the interior ministry said, after protests over a doubling of the price of liquefied gas to {{120 tenge}} a litre turned violent. "
        "Russia-led CSTO sent [[about 2,000 troops|combatants]].",
    ),
    (
        "Nigeria: bandits abduct worshippers in Kaduna church",
        "Gunmen stormed two churches in Kajuru during Sunday service and abducted [[about 40 worshippers|kidnapped;a=a community leader]], a community leader said. "
        "[[Three people|killed]] were shot dead as they tried to flee. "
        "Police later said [[14 of the captives|kidnapped;n=captives;a=Police]] had escaped.",
    ),
    (
        "DR Congo: M23 takes Goma",
        "{{M23}} rebels backed by Rwanda took control of Goma in {{late January 2025}}. "
        "The WHO said [[at least 900 bodies|killed;a=The WHO]] had been recovered from the streets and [[2,880 people|injured;a=The WHO]] were being treated in hospitals. "
        "[[About 400,000 displaced people|displaced;a=the UN]] left camps around the city after the camps were dismantled, according to the UN.",
    ),
    (
        "Ecuador: gunmen storm TV studio live on air",
        "Masked gunmen burst into a TV studio in Guayaquil during a live broadcast on {{9 January 2024}}, hours after President Daniel Noboa declared an internal armed conflict against the gangs. "
        "Police freed the staff and arrested [[13 attackers|arrested;a=Police]], Police said. "
        "[[At least 10 people|killed;a=the prisons agency]] were killed in a wave of violence across the country, and [[139 prison guards|kidnapped;a=the prisons agency]] were held hostage by inmates, the prisons agency said.",
    ),
    (
        "Libya: clashes between armed groups in Tripoli",
        "Clashes between two armed groups in Tripoli killed [[55 people|killed;a=the Emergency Medicine Centre]] and wounded [[146|injured;a=the Emergency Medicine Centre]] in {{August 2023}}, the Emergency Medicine Centre said. "
        "[[About 234 families|displaced;a=the Red Crescent]] were evacuated from the front lines, according to the Red Crescent.",
    ),
    (
        "Sudan: fighting in Khartoum traps residents",
        "Fighting between the army and the RSF entered its {{second}} week in Khartoum, leaving residents short of water and power. "
        "The doctors' union said [[at least 420 people|killed;a=The doctors' union]] had been killed nationwide and [[3,700|injured;a=The doctors' union]] wounded. "
        "[[About 20,000 people|displaced;a=the UNHCR]] have crossed into Chad, according to the UNHCR.",
    ),
    (
        "Armenia: border clashes with Azerbaijan",
        "[[Seventy-one Armenian soldiers|killed;a=the Armenian defence ministry]] were killed in two days of border fighting in {{September 2022}}, the Armenian defence ministry said. "
        "Baku said [[50|killed;a=Baku]] of its troops had died. "
        "[[About 2,750 residents|displaced;a=Armenian officials]] of border villages in Syunik and Gegharkunik were evacuated, Armenian officials said.",
    ),
    (
        "Senegal: riots after opposition leader sentenced",
        "Clashes between protesters and police after opposition leader Ousmane Sonko was sentenced to {{two years}} in prison killed [[16 people|killed;a=the government]] over {{three days}} in {{June 2023}}, the government said. "
        "Amnesty International put the toll at [[23|killed;a=Amnesty International]]. "
        "[[About 500 people|arrested;a=the interior minister]] were arrested, the interior minister said.",
    ),
    (
        "Somalia: army retakes towns from al-Shabaab in Hiran",
        "Somali troops backed by clan militias retook [[three towns|other;u=other;a=the information ministry]] from al-Shabaab in Hiran region, the information ministry said. "
        "It said [[more than 100 militants|killed;a=the information ministry]] were killed. "
        "[[Some 1,500 families|returned;a=a local elder]] have gone back to Mahas since it was freed, a local elder said.",
    ),
    (
        "Turkey: bomb attack on Istanbul shopping street",
        "A bomb exploded on Istanbul's Istiklal Avenue on a busy Sunday afternoon in {{November 2022}}, killing [[six people|killed;a=Vice President Fuat Oktay]] and injuring [[81|injured;a=Vice President Fuat Oktay]], Vice President Fuat Oktay said. "
        "Police detained [[46 suspects|arrested;a=the interior minister]], including a Syrian woman accused of planting the device, the interior minister said.",
    ),
    (
        "Pakistan: sectarian clashes in Kurram district",
        "Gunmen opened fire on a convoy of passenger vans in Kurram, killing [[at least 42 people|killed;a=police]], police said. "
        "In the clashes that followed, [[more than 130 people|killed;a=a local official]] died and [[about 300 families|displaced;a=a local official]] fled Bagan, a local official said. "
        "The road to Parachinar was closed for weeks, stranding [[thousands of residents|civilians]].",
    ),
    (
        "Venezuela: deaths in post-election protests",
        "Protests after the disputed presidential election of {{28 July 2024}} left [[at least 24 people|killed;a=rights groups]] dead, rights groups said. "
        "President Nicolas Maduro said [[more than 2,200 people|arrested;a=President Nicolas Maduro]] had been arrested and would be sent to two maximum-security prisons.",
    ),
    (
        "Mali: Wagner and army accused of killings in Moura",
        "A UN report said Malian troops and foreign military personnel executed [[at least 500 people|killed;a=A UN report]] during a {{five-day}} operation in Moura in {{March 2022}}. "
        "[[Fifty-eight women and girls|other;n=women and girls;a=the report;alt=A UN report]] were raped, the report said.",
    ),
    (
        "Ukraine: Russian drones hit Odesa port",
        "Russian drones struck port infrastructure in Odesa overnight, damaging [[three warehouses|housing;u=structure;a=the regional administration]] and a grain terminal, the regional administration said. "
        "Ukraine's air force said it had shot down [[32|other;u=other;a=Ukraine's air force]] of [[38 drones|other;a=Ukraine's air force]] launched by Russia.",
    ),
    # ---------------------------------------------------------------- conflict and political violence, part 5 (aid, returns, shelter)
    (
        "Gaza: record number of aid lorries cross at Kerem Shalom",
        "[[A total of 147 aid trucks|aid;a=COGAT]] entered Gaza through Kerem Shalom on {{Sunday}}, COGAT said, the highest daily number since the crossing reopened. "
        "The UN says [[at least 500 trucks a day|aid;p;a=The UN]] are needed to meet the needs of [[2.1 million people|civilians;a=The UN]].",
    ),
    (
        "Syria: refugees return from Turkey after Assad's fall",
        "[[More than 35,000 Syrians|returned;a=Turkey's interior minister]] have returned from Turkey through border crossings since {{8 December}}, Turkey's interior minister said. "
        "The UNHCR expects [[up to one million refugees|returned;p;v=1000000;a=The UNHCR]] to go back in the first {{six months}} of {{2025}}.",
    ),
    (
        "Iraq: families leave Jeddah camp for Anbar",
        "[[Some 150 families|returned;a=the Iraqi migration ministry]] who had lived in al-Hol camp in Syria were moved to {{Jeddah 1}} camp and then sent home to Anbar, the Iraqi migration ministry said in {{2024}}. "
        "{{Jeddah 1}} can take [[about 3,000 people|capacity;a=officials]] at a time, officials said, and holds [[1,850|displaced;a=officials]] at present.",
    ),
    (
        "Ukraine: shelters readied in Kharkiv metro",
        "Kharkiv's mayor Ihor Terekhov said [[12 metro stations|capacity;u=structure;a=Kharkiv's mayor Ihor Terekhov]] had been turned into shelters able to take [[up to 60,000 people|capacity;a=Kharkiv's mayor Ihor Terekhov]]. "
        "[[About 7,500 residents|displaced;a=the mayor;alt=Kharkiv's mayor Ihor Terekhov]] whose flats were damaged are living in modular homes, the mayor said. "
        "[[Some 270 buildings|housing;a=the city council]] were hit in {{May}}, according to the city council.",
    ),
    (
        "Sudan: WFP reaches Darfur with food convoy",
        "A convoy of [[28 trucks|aid;a=the World Food Programme]] carrying [[850 tonnes|aid;a=the World Food Programme]] of food crossed from Chad into West Darfur, the World Food Programme said. "
        "It said the food would feed [[about 300,000 people|aid;p;a=the World Food Programme]] for {{one month}}. "
        "[[More than 25 million people|civilians;a=the UN]] in Sudan face acute hunger, according to the UN.",
    ),
    (
        "Nigeria: Borno closes camps and sends families home",
        "Borno state authorities closed [[six camps|capacity;a=Borno state authorities]] in Maiduguri and moved [[more than 5,000 households|returned;a=Borno state authorities]] back to their home towns, Borno state authorities said. "
        "Each family received {{100,000 naira}} and a bag of rice.",
    ),
    (
        "Afghanistan: Pakistan deports Afghan migrants",
        "[[More than 541,000 Afghans|returned;a=the IOM]] returned or were deported from Pakistan between {{15 September 2023}} and {{the end of the year}}, according to the IOM. "
        "At the Torkham crossing, [[about 20 reception tents|capacity;a=aid agencies]] and [[12 water tanks|aid;a=aid agencies]] were set up, aid agencies said.",
    ),
    (
        "Myanmar: villages burned in Magway offensive",
        "Junta troops burned [[more than 600 houses|housing;a=Radio Free Asia]] in [[four villages|other;a=Radio Free Asia]] of Gangaw township, Radio Free Asia reported. "
        "[[Around 8,000 villagers|displaced]] fled into the hills.",
    ),
]
