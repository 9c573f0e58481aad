"""dev305 positives: jihadist attacks and the army's answer in northern Benin and Togo, and the
people they displace (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Benin: 28 soldiers killed in attack on army post near Niger border",
        "Twenty-eight Beninese soldiers were killed on Wednesday when heavily armed fighters stormed a military position at Point Triple, where the borders of Benin, Niger and Burkina Faso meet, army sources told AFP on Thursday. The assault began before dawn and lasted several hours, according to a security official in Kandi who asked not to be named. The attackers arrived on motorcycles and in pick-up trucks and withdrew towards Burkina Faso after setting fire to several vehicles, he said. Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's Sahel affiliate, claimed responsibility in a statement relayed by its propaganda outlet. The army chief of staff, General Fructueux Gbaguidi, called it the deadliest attack on his troops since the jihadist threat reached the north of the country. “Our men fought with courage, and the enemy also suffered heavy losses,” he told state broadcaster ORTB, without giving figures. Government spokesman Wilfried Houngbédji said reinforcements had been sent to the Alibori department and that the operation known as Mirador would continue. Benin has deployed close to 3,000 troops along its northern borders since 2022.",
        "B T",
        "jihadist_attack",
    ),
    (
        "Park W attack: at least 54 Beninese troops dead, JNIM claims",
        "At least 54 soldiers were killed in simultaneous attacks on two army positions inside W National Park in northern Benin, the government said on Sunday, revising an earlier toll of eight. The attacks took place on Thursday near the Koudou falls and at a post close to the Niger border, Houngbédji told a press conference in Cotonou. The JNIM group, linked to al-Qaeda, said in a message released on Friday that its fighters had overrun both positions and seized weapons and ammunition. Local officials in Banikoara said wounded soldiers had been evacuated by helicopter to Parakou, and residents reported hearing heavy gunfire through the night. “This is a painful blow for the nation,” the spokesman said, adding that the armed forces had pursued the attackers and inflicted losses on them. Benin's government has rarely published casualty figures since the attacks began in 2021, and analysts at the Clingendael Institute said the admission reflected the scale of the losses. The park, a UNESCO World Heritage site straddling Benin, Niger and Burkina Faso, has become a rear base for armed groups pushed south from the Sahel.",
        "B T",
        "jihadist_attack",
    ),
    (
        "Roadside bomb kills rangers and French instructor in Benin's W park",
        "A roadside bomb killed five park rangers, a soldier and a French instructor working with the conservation group African Parks in northern Benin on Tuesday, officials said. The vehicle carrying the patrol struck an improvised explosive device on a track in W National Park, a day after two army vehicles were hit by explosives in the same area, a source at the environment ministry said. Twelve people were wounded across the two blasts, several of them seriously. African Parks, which has managed Pendjari and W parks under agreements with the Beninese state since 2017 and 2020, said it was “devastated” by the death of its staff. No group immediately claimed the attack, but security analysts blamed fighters linked to JNIM who have operated in the forest reserves along the Burkina Faso border. Anti-poaching patrols were suspended pending a review, the organisation said. France's foreign ministry confirmed that one of its nationals was among the dead and condemned what it called a cowardly terrorist act.",
        "E T",
        "ied",
    ),
    (
        "Gunmen kill nine villagers near Tanguiéta; hundreds flee to town",
        "Armed men on motorbikes killed nine civilians in a village in the commune of Tanguiéta in northwestern Benin overnight on Saturday, local officials and residents said. The attackers went from house to house in Tanakou, a hamlet close to Pendjari National Park, calling out men by name before shooting them, a relative of one of the victims told Le Soleil's correspondent by telephone. Two women were also abducted, according to the deputy mayor of Tanguiéta, who said the village had received threats for weeks from fighters accusing residents of informing the army. By Sunday afternoon several hundred people, most of them women and children, had reached the town centre on foot or in tricycles and were sheltering in a school and in a church compound. “We left everything, the granaries, the animals,” said a farmer who gave only his first name, Sambiéni. The army said it had sent a unit to the area. Security sources attributed the killing to JNIM, which has expanded from the Burkina Faso border into farming villages of Atacora since 2022.",
        "V T D",
        "village_attack",
    ),
    (
        "Benin army says it killed jihadists in raids after Karimama ambush",
        "Benin's armed forces said on Monday they had killed about twenty jihadist fighters and destroyed two camps in a series of raids in the Karimama area, three days after an ambush on a patrol there. A statement from the general staff said ground units backed by air support had struck hideouts along the Niger river in an operation launched on Friday night. Two soldiers were killed and five wounded during the operation, it said. In the ambush on Thursday, suspected members of JNIM had opened fire on a patrol near the village of Mamassy Peulh, killing a gendarme, according to local sources. The army said it had seized motorcycles, rifles, fuel and components used to make explosive devices. The figures could not be independently verified, as journalists have limited access to the border zone. The government extended a ban on motorcycle traffic at night in the communes of Karimama and Malanville, a measure residents say hurts traders who cross into Niger.",
        "M B T",
        "army_operation",
    ),
    (
        "UNHCR warns of growing displacement in northern Benin as attacks spread",
        "More than 10,000 people have been forced from their homes in northern Benin by attacks attributed to jihadist groups, the UN refugee agency said on Tuesday, while thousands of Burkinabè refugees continue to arrive in the same districts. Most of the internally displaced come from villages in the communes of Matéri, Tanguiéta and Karimama and are living with relatives or in public buildings, the agency said in a statement from Cotonou. Families told aid workers that gunmen had burned granaries and ordered them to leave, it added. The government estimates that around 7,000 refugees from Burkina Faso are registered in Atacora and Alibori. UNHCR said host communities were under pressure and that schools in several localities had closed because of the insecurity, leaving children without classes. It appealed for $12 million to provide shelter, water and health care through the end of the year. “The humanitarian needs are rising faster than the response,” the agency's representative said.",
        "D H T",
        "displacement",
    ),
    (
        "Police post at Porga attacked as violence reaches Benin for the first time",
        "Two soldiers were killed and several wounded on Thursday when gunmen attacked an army post at Porga on Benin's border with Burkina Faso, the government said, in what officials described as the first deadly assault on Beninese troops. A patrol came under fire near the Pendjari river in the early hours, and an attacker was killed in the exchange, according to a statement read on national television. The defence ministry said the assailants had crossed from Burkina Faso and retreated after the firefight. Two days earlier, an attack on a police post in the same area had left no casualties, local officials told Reuters. No group has claimed the attacks, but analysts say jihadist fighters of the al-Qaeda-linked JNIM have for months used the forest of the Pendjari and W parks to rest and resupply. Residents of Porga said shops had closed and many people stayed indoors on Friday. President Patrice Talon's government has sought to reassure foreign investors that the violence remains confined to a small border strip.",
        "B T",
        "jihadist_attack",
    ),
    (
        "Togo: eight soldiers killed in dawn attack in Kpendjal",
        "Eight Togolese soldiers were killed and 13 wounded in an attack on a military post in the Kpendjal prefecture of the Savanes region in the far north, the government said on Wednesday. The assault, carried out overnight by “heavily armed terrorists” on motorbikes, targeted an army position near the village of Kpinkankandi, close to the border with Burkina Faso, according to a communique read on state television. The army said it had repelled the attackers, who suffered losses. It is the first deadly attack on Togo's armed forces acknowledged by the authorities. JNIM claimed the attack on Thursday. Lomé declared a state of security emergency in the Savanes region last year and deployed troops under an operation named Koundjoaré. President Faure Gnassingbé expressed his condolences to the families and vowed that “Togo will not give in to terror.” Residents of Mandouri told a local radio station they had heard explosions and heavy gunfire for about two hours.",
        "B T",
        "jihadist_attack",
    ),
    (
        "Explosive device kills seven young people in northern Togo",
        "Seven young people were killed on Sunday when the tricycle they were riding hit an explosive device on a road in the prefecture of Tône, in northern Togo, local officials said. The victims, aged between 15 and 23, were returning from a market in the village of Nanergou, a local official in Dapaong told AFP. Two others were wounded and taken to the regional hospital in Dapaong. The government said the device had been planted by “terrorist groups” and condemned the “barbaric act against innocent civilians”. Blasts of the kind have multiplied on rural tracks in the Savanes region since jihadists began crossing from Burkina Faso, according to residents. The army has stepped up patrols and told people to report any suspicious objects. Civil society groups in Dapaong asked the authorities to publish the number of civilians killed so far, which the government has never done.",
        "E T V",
        "ied",
    ),
    (
        "Togo admits civilians killed in attacks on five villages in Savanes region",
        "Togo's government acknowledged on Monday that attacks on five villages in the Kpendjal-Ouest prefecture had killed civilians, after days of accounts on social media from residents of the area. Suspected jihadists attacked the villages on Friday night and Saturday, killing at least 31 people, the minister of security said in a statement, without naming the localities. Residents reached by telephone described men who arrived in large numbers, set fire to huts and shot those who tried to flee. A teacher in Borgou said he had counted twelve bodies in his village alone. The minister said the army had been deployed in force in the area and that “the perpetrators of these cowardly acts will be tracked down”. Local officials said hundreds of people had fled towards Naki-Est and Dapaong. Togo has given few details of the violence since the first attacks in 2021, and journalists need special permission to travel to the border zone.",
        "V T D",
        "massacre",
    ),
    (
        "Thousands displaced in northern Togo face hunger as lean season begins",
        "Tens of thousands of people who have fled attacks by armed groups in Togo's Savanes region face food shortages as the lean season begins, the World Food Programme warned on Thursday. About 40,000 internally displaced people and more than 30,000 refugees from Burkina Faso are sheltering in the prefectures of Kpendjal, Tône and Tandjouaré, most of them with host families, the agency said. Many had to abandon their fields when jihadist fighters attacked or threatened their villages, and families told WFP staff they were eating once a day. The agency said it needed $8.5 million to keep distributing food and nutritional supplements to children under five for the next six months. Insecurity has also closed dozens of schools and several health centres near the border, according to Togo's humanitarian coordination ministry. The government extended the state of security emergency in the region for another year in March.",
        "D H T",
        "humanitarian",
    ),
    (
        "Togolese army repels jihadist assault on Sanloaga post, kills 'dozens'",
        "Togo's army said on Saturday it had repelled an attack by jihadist fighters on its position at Sanloaga, in the north of the country, and killed dozens of the assailants. The attack began at around 3 a.m. on Friday when a large column of men on motorcycles approached the post from the Burkinabè side, a statement from the general staff said. Soldiers returned fire and called in air support, forcing the attackers to retreat, it added. Four soldiers were wounded, the army said, denying reports on social media that the post had been overrun. The statement did not name the group, but JNIM has been behind most attacks in the area. A resident of a nearby village said the fighting lasted until mid-morning and that families hid in their homes. Security analysts say Togo has bought armed drones and recruited soldiers to hold its northern border as attacks have grown more frequent.",
        "B M T",
        "jihadist_attack",
    ),
    (
        "Dozens of Togolese soldiers killed in attack near Burkina border, sources say",
        "About forty Togolese soldiers were killed in an attack on a military camp in the far north of the country last week, security sources and a local official told Reuters on Tuesday, in what would be the deadliest assault on Togo's army. The attack on the camp at Kourientré, in the Kpendjal prefecture, began late on Thursday and continued into the next day, two of the sources said. The attackers, who arrived from Burkina Faso, took weapons and vehicles before leaving, one of them said. Togo's government has not commented on the toll, and a spokesman for the armed forces declined to confirm it. JNIM said in a statement that its fighters had killed “dozens” of soldiers. Families in Dapaong said they had been waiting for days for news of relatives posted in the area. Diplomats in Lomé said the government had been reluctant to publish losses for fear of damaging morale ahead of municipal elections.",
        "B T",
        "jihadist_attack",
    ),
    (
        "Priest and two catechists kidnapped by armed men in northern Benin",
        "A Catholic priest and two catechists were abducted by armed men on Sunday evening in the parish of Kérou, in Benin's Atacora department, the diocese of Natitingou said. The three men were seized on a road outside the town as they returned from celebrating mass in a village, the diocese said in a statement, asking the faithful to pray for their release. A local official said the kidnappers were believed to be jihadist fighters active in the nearby forests, and that they had taken the priest's motorcycle. The Beninese army launched a search of the area on Monday. Kidnappings of teachers, traders and local officials have multiplied in the north since 2023, according to data compiled by ACLED, which counted dozens of abductions attributed to JNIM in Benin last year. The bishop of Natitingou called the abduction an attack on the whole community. No ransom demand has been made public.",
        "V T",
        "abduction",
    ),
]
