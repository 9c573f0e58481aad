"""dev277 positives, part B: Kenya, Uganda, Tanzania and Ethiopia."""

POSITIVES = [
    (
        "Four police officers killed as IED hits vehicle in Mandera",
        """Four police officers were killed and three others seriously injured on Saturday when their vehicle ran over an improvised explosive device near Bulla Hawa in Mandera County, police said. The officers, from the Rural Border Patrol Unit, were escorting a water bowser to a border post when the device went off at about 10am. Mandera County police commander said the attackers, believed to be al-Shabaab militants, had planted the explosive overnight on a route used daily by security vehicles. "The militants then fired at the survivors from a nearby thicket before fleeing towards the Somali border," he said. The injured were airlifted to Nairobi for treatment. Al-Shabaab claimed the attack through one of its radio stations. The county has seen a surge of roadside bombs since the start of the year, forcing the suspension of some bus services between Mandera and Elwak. Interior Cabinet Secretary Kithure Kindiki said security operations in the area would be intensified.""",
        "E T",
        "ied",
    ),
    (
        "Eleven herders killed as raiders strike near Kibish",
        """Eleven herders were killed and more than 2,000 head of cattle stolen when armed raiders attacked grazing camps near Kibish on the Kenya-Ethiopia border on Sunday, Turkana County officials said. The attackers, believed to be from the Dassanech community across the border, struck at dawn as the herders were taking animals to water. Turkana North deputy county commissioner said two National Police Reservists were among the dead and that the raiders had used automatic weapons. "They came in large numbers and surrounded the kraals," said a survivor who escaped with a bullet wound in the leg. Four of the injured were taken to Lodwar County Referral Hospital. Police officers and reservists pursued the raiders and recovered some of the animals, officials said. Families from several manyattas have moved towards Kibish town for safety. Leaders called on Nairobi and Addis Ababa to resume cross-border peace meetings that stalled last year.""",
        "V B D M",
        "cattle_raid",
    ),
    (
        "Kerio Valley: bandits kill three, security operation launched",
        """Three people, among them a primary school pupil, were shot dead on Wednesday when suspected bandits attacked homesteads in Chesogon, on the border of Elgeyo Marakwet and West Pokot counties. The attackers drove away about 200 goats and 40 cattle, the area chief said. The government later deployed Kenya Defence Forces soldiers to back police under Operation Maliza Uhalifu, which aims to end years of cattle rustling and killings in the North Rift. Regional commissioner said the security forces had "engaged the bandits" in the Kerio Valley hills and recovered two AK-47 rifles. "We cannot allow criminals to terrorise our people," Interior Cabinet Secretary Kithure Kindiki said at a security meeting in Iten. Schools in Kerio Valley have been closed for three weeks, and several hundred families have moved to the top of the escarpment. Local MPs welcomed the operation but asked that residents not be harassed during searches for guns.""",
        "V M D B",
        "banditry",
    ),
    (
        "Parliament stormed, set on fire as police shoot protesters in Nairobi",
        """Protesters stormed Kenya's Parliament on Tuesday and set part of the building on fire after lawmakers passed the contested Finance Bill, as police fired live bullets into crowds in central Nairobi. At least five people were shot dead outside the Parliament buildings, according to Amnesty International Kenya, and dozens of others were wounded. MPs were evacuated through an underground tunnel. The Nairobi City Hall was also partly burnt. Police used tear gas and water cannon in Mombasa, Kisumu, Nakuru and Eldoret, where demonstrators blocked roads. The Kenya Medical Association said its volunteers had treated more than 200 injured people in Nairobi alone. President William Ruto said in a televised address that the protests had been "hijacked by dangerous criminals" and ordered the deployment of the military to support police. The Law Society of Kenya said the shootings amounted to extra-judicial killings. Internet disruptions were reported during the afternoon.""",
        "U",
        "riot",
    ),
    (
        "Saba Saba protests: 31 dead as police clash with demonstrators",
        """At least 31 people were killed and 107 injured during Monday's Saba Saba protests, the Kenya National Commission on Human Rights said on Tuesday. The commission said it had also documented two cases of enforced disappearance and 532 arrests across 17 counties. Police blocked major roads into Nairobi's central business district with trucks and razor wire, and fired tear gas at crowds in Kangemi, Kawangware and Githurai. Shops were looted and a police post was set alight in Ol Kalou, according to the National Police Service, which said 52 officers were injured. Witnesses in Kiambu said men armed with whips and machetes attacked protesters alongside police. The annual protests commemorate the July 7, 1990 demonstrations for multiparty democracy. Interior Cabinet Secretary Kipchumba Murkomen praised officers for "saving the country" and said those who attacked police stations would be prosecuted.""",
        "U",
        "riot",
    ),
    (
        "Death toll rises to 45 as protests over Kyagulanyi's arrest continue",
        """The number of people killed in two days of protests that followed the arrest of presidential candidate Robert Kyagulanyi has risen to 45, police said on Friday. Security forces fired tear gas and live bullets at demonstrators who burnt tyres and blocked roads in Kampala, Masaka, Jinja and Mbale. Police said some of those killed were shot by "unknown armed people" and that 836 people had been arrested for rioting, looting and assaulting officers. Witnesses in Kalerwe said plainclothes men in a pickup truck fired at passers-by. Mulago hospital said it had received at least 60 people with gunshot wounds. Kyagulanyi, the musician-turned-politician known as Bobi Wine, was detained in Luuka district for allegedly breaking Covid-19 rules on campaign gatherings. The Uganda Law Society called for an independent inquiry into the killings. The Electoral Commission said the campaign timetable would not be changed.""",
        "U",
        "crackdown",
    ),
    (
        "Curfew in Dar es Salaam as election-day protests turn deadly",
        """Tanzanian police imposed a night curfew on Dar es Salaam on Wednesday after protests over the general election turned violent, with demonstrators torching a police station and buses in the suburbs of Kimara and Ubungo. Security forces fired tear gas and live ammunition to disperse crowds, witnesses said. Opposition party Chadema said dozens of people had been killed, a figure the government did not confirm. Hospital workers in Dar es Salaam told reporters they had received several bodies with bullet wounds. Internet access was severely restricted across the country from the afternoon. The protests erupted after the main opposition candidates were barred from the race and Chadema leader Tundu Lissu remained in jail on treason charges. Inspector General of Police Camillus Wambura said the situation was under control and warned that anyone joining "unlawful gatherings" would face the full force of the law. Protests were also reported in Arusha, Mwanza and Mbeya.""",
        "U",
        "crackdown",
    ),
    (
        "Kisumu: police accused of shooting protesters after poll result",
        """At least six people were shot dead in Kisumu and Nairobi's informal settlements as police battled protesters angered by the announcement of President Uhuru Kenyatta's re-election, residents and hospital officials said. In Kondele, youths lit bonfires, stoned police vehicles and looted shops, and officers responded with tear gas and live bullets, witnesses said. A nine-year-old girl was hit by a stray bullet on a balcony in Mathare, her family said. Jaramogi Oginga Odinga Teaching and Referral Hospital said it was treating 24 people, most for gunshot wounds. Acting Interior Cabinet Secretary Fred Matiang'i said police had dealt with "criminals taking advantage" of the situation and denied officers had used live ammunition. Opposition leader Raila Odinga said more than 100 people had been killed, a figure that could not be verified. Human rights groups called for an inquiry.""",
        "U",
        "crackdown",
    ),
    (
        "Federal forces push on Mekelle as refugees pour into Sudan",
        """Ethiopian federal troops said on Tuesday they had captured the towns of Adigrat and Axum and were advancing on Mekelle, the capital of the northern Tigray region, three weeks after Prime Minister Abiy Ahmed ordered a military offensive against the Tigray People's Liberation Front. The government said the air force had struck "precise targets" around the city, while TPLF leader Debretsion Gebremichael said federal planes had bombed civilian areas. Communications to Tigray have been cut since the fighting began, making claims difficult to verify. The UN refugee agency said more than 40,000 Ethiopians had crossed into Sudan at Hamdayet and Lugdi, many of them women and children. "We heard the shelling and ran with nothing," a refugee from Humera told aid workers in Um Rakuba camp. Abiy gave the TPLF leadership 72 hours to surrender. The African Union has appointed three former presidents as envoys to seek a solution.""",
        "B E M D",
        "offensive",
    ),
    (
        "Tigray: aid trucks stranded as hunger spreads under blockade",
        """Only a fraction of the aid trucks needed to feed Tigray have reached the region in the past month, the World Food Programme said, warning that hundreds of thousands of people face famine conditions. The agency said 500 trucks of food and other supplies were needed each week, but fewer than 100 had entered since the end of July because of fighting and checkpoints on the single route through Afar. Fuel, cash and medicines have also been blocked, leaving hospitals in Mekelle unable to run generators or treat malnourished children. Doctors at Ayder Referral Hospital said patients were dying of preventable illnesses. "People are eating leaves in some districts," a humanitarian worker in Shire said. The Ethiopian government denies imposing a blockade and blames Tigrayan forces for the fighting that has spread into Amhara and Afar. The UN's humanitarian chief said around 5.2 million people in Tigray need assistance.""",
        "H",
        "humanitarian_crisis",
    ),
    (
        "Fano militiamen seize Lalibela as fighting spreads in Amhara",
        """Fano militiamen have taken control of the town of Lalibela after heavy fighting with the Ethiopian National Defence Force, residents said on Thursday. Gunfire was also reported in Gondar and in parts of Bahir Dar, the regional capital, where the army deployed tanks on the main roads. The government declared a six-month state of emergency in Amhara on Friday after the regional president asked federal authorities for help. Flights to Lalibela and Gondar were suspended by Ethiopian Airlines. "The fighters entered the town in the morning and the soldiers left," a hotel worker said by telephone. The clashes follow a government decision in April to dissolve regional special forces, which many Amhara nationalists opposed. The Ethiopian Human Rights Commission said civilians had been killed in crossfire but did not give a number. Mobile internet has been cut in the region.""",
        "B M",
        "clashes",
    ),
    (
        "Drone strike on Amhara town kills dozens, health officials say",
        """A drone strike on a town in Ethiopia's Amhara region killed at least 26 people, most of them civilians, health workers and residents said on Wednesday. The strike hit the main square of Finote Selam on Sunday morning, when residents were gathering near a bus station, according to a doctor at the town's hospital, who said 55 wounded people had been admitted. "Most of the victims were young people waiting for transport," the doctor said. Residents said the drone struck minutes after Fano militiamen had passed through the town, but that no fighters were among those killed. The government did not comment on the strike. The state of emergency in Amhara gives the military broad powers, and communications in the region remain cut. The UN human rights office said it had received reports of several such strikes and urged all parties to spare civilians.""",
        "E V",
        "drone_strike",
    ),
    (
        "Gimbi massacre: survivors say hundreds of Amhara residents killed",
        """Survivors of an attack in Gimbi district of West Wollega zone, Oromia region, say hundreds of ethnic Amhara residents were killed by gunmen on Saturday, in one of the deadliest attacks in Ethiopia in recent years. Witnesses told the Ethiopian Human Rights Commission that the attackers rounded up villagers in Tole kebele and shot them, and that some bodies were buried in mass graves. "I counted 230 bodies," a resident who helped with the burials said. The regional government blamed the Oromo Liberation Army, which denied involvement and accused government-allied militias. Prime Minister Abiy Ahmed said on Twitter that "horrific acts" had been committed against innocent civilians. Federal troops were deployed to the area after the killings. Survivors said some 2,000 people had fled towards the town of Gimbi and into neighbouring Amhara region.""",
        "V D",
        "massacre",
    ),
    (
        "Gunmen abduct university students travelling to Addis Ababa",
        """Gunmen stopped buses carrying university students in the Oromia region and abducted dozens of them, parents and a regional official said on Friday. The students, from Debre Markos University, were travelling home for the holidays when the buses were stopped near Gerba Guracha, in North Shewa zone. Parents said the kidnappers had demanded ransoms of up to 1 million birr for each student. The Oromia regional government blamed the Oromo Liberation Army, which the government calls "Shene" and has designated a terrorist group; the OLA denied involvement and blamed government forces. "My daughter called me and said they were being walked into the forest," one father told the BBC. Some students escaped, and security forces said they had freed several others in an operation. Abductions for ransom on roads in Oromia have become frequent since fighting resumed after peace talks collapsed in Tanzania.""",
        "V T M",
        "abduction",
    ),
    (
        "KDF jets pound al-Shabaab camps in Boni forest",
        """Kenya Defence Forces jets and ground troops have struck al-Shabaab hideouts in the Boni forest in Lamu County, killing several militants, the military said on Monday. KDF spokesperson said the operation targeted camps near Bodhei and Sankuri that had been used to launch attacks on villages and vehicles along the Lamu-Garissa road. "Our forces destroyed two camps and recovered weapons and explosives," he said. Residents of Basuba and Milimani said they had heard aircraft overhead for much of Sunday. The operation, code-named Amani Boni, has been running since 2015 but was intensified after militants killed several police officers in roadside bomb attacks this year. Some families in the area have moved to Hindi and Mokowe for fear of reprisals. Lamu Governor Issa Timamy urged security agencies to ensure that schools in the forest area could reopen.""",
        "M E D",
        "military_operation",
    ),
    (
        "Marsabit clan violence: nine killed in Saku attacks",
        """Nine people, including a police reservist and two women, were killed in separate attacks in Saku constituency, Marsabit County, in violence linked to rivalry between the Borana and Gabra communities. County police commander said gunmen ambushed a matatu near Jaldesa on Monday evening and shot passengers, while another group torched homes in Dakabaricha hours later. Residents said revenge attacks had followed the killing of a herder last week. "People are afraid to go to the market or take their children to school," a Catholic priest in Marsabit town said. Police officers exchanged fire with the attackers near Hula Hula on Tuesday, the commander said. The government has imposed a dusk-to-dawn curfew in parts of the county and deployed additional General Service Unit officers. More than 600 families have fled their homes in the past month, the Kenya Red Cross said. Leaders of both communities met the regional commissioner on Wednesday.""",
        "V B D M",
        "communal_violence",
    ),
]
