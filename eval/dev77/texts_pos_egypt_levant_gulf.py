"""dev77 positives: Egypt, Jordan, Lebanon's interior and the Gulf."""

POSITIVES = [
    (
        "Militants attack army checkpoint in North Sinai, killing soldiers",
        "Militants attacked an army checkpoint south of Sheikh Zuweid in North Sinai at dawn on Saturday, killing an officer and six soldiers, security sources told Ahram Online. The army said 15 attackers were killed in the battle that followed and air force jets chased the rest. The Sinai Province affiliate of the Islamic State group claimed the attack.",
        "B T",
        "armed attack",
    ),
    (
        "Over 300 worshippers killed in attack on North Sinai mosque",
        "Gunmen set off a bomb and then opened fire on worshippers at a Sufi mosque in Bir al-Abed in North Sinai during Friday prayers, killing more than 300 people, including 27 children, the public prosecutor said. The attackers, carrying the black flag of the Islamic State group, shot at people fleeing and at ambulances. Egypt declared three days of mourning.",
        "E V T",
        "massacre",
    ),
    (
        "Egyptian army launches Sinai offensive, Arish residents short of food",
        "Egypt's armed forces launched a comprehensive operation against militants in North Sinai on Friday, with air strikes on hideouts and ground troops sweeping villages south of Rafah, the army spokesman said. Residents of Arish said shops had run short of food and fuel as roads into the city were closed. The army said 16 militants had been killed in the first days.",
        "M E H",
        "military operation",
    ),
    (
        "Gunmen kill Coptic pilgrims on their way to Minya monastery",
        "Gunmen opened fire on a bus carrying Coptic Christians to a monastery in Minya province on Friday, killing 28 people, many of them children, officials said. The Islamic State group claimed the attack, the latest in a series on Egypt's Christians. Survivors said the attackers stopped the bus in the desert and shot the men after asking them to renounce their faith.",
        "V T",
        "attack on worshippers",
    ),
    (
        "Mob burns Coptic homes in Minya village over church rumour",
        "A mob set fire to several homes of Coptic Christians in a village in Minya province on Friday after rumours spread that a house was being turned into a church, the diocese said. An elderly woman was dragged from her house and beaten. Police arrested dozens of suspects and reinforcements were deployed to the village.",
        "V U",
        "mob violence",
    ),
    (
        "Palm Sunday bombing kills worshippers in Tanta church",
        "A bomb exploded inside a Coptic church in the Nile Delta city of Tanta during Palm Sunday mass, killing 29 people and wounding dozens, the health ministry said. Hours later a suicide bomber struck outside St Mark's Cathedral in Alexandria. The Islamic State group claimed both attacks, and the president declared a three-month state of emergency.",
        "E V T",
        "bombing",
    ),
    (
        "Hundreds killed as police clear Cairo sit-ins",
        "Egyptian security forces backed by bulldozers and snipers cleared two protest camps of supporters of the ousted president in Cairo on Wednesday, and the health ministry said hundreds of people were killed. Protesters set fire to police stations and churches in several provinces in response. A state of emergency and a night curfew were declared.",
        "U V",
        "crackdown",
    ),
    (
        "Police convoy ambushed in Western Desert near Bawiti",
        "Militants ambushed a police convoy in the Western Desert near the Bawiti oasis on Friday, killing 16 officers and conscripts in a gunfight that lasted several hours, the interior ministry said. The convoy had set out to raid a militant hideout. A captured officer was later freed in an air strike that killed the militants holding him.",
        "B T M",
        "ambush",
    ),
    (
        "Gunmen storm Karak castle, killing police and a Canadian tourist",
        "Gunmen attacked police patrols in the Jordanian city of Karak and then holed up in the Crusader castle on Sunday, killing seven police officers, two civilians and a Canadian tourist, officials said. Special forces stormed the castle and killed the four attackers. The Islamic State group claimed the attack.",
        "B T V",
        "terrorist attack",
    ),
    (
        "Jordanian army kills 27 armed smugglers in gun battle on Syrian border",
        "Jordan's army said it killed 27 men in a gun battle with armed smugglers who tried to cross from Syria under cover of a snowstorm, and an officer died in a similar clash days earlier. The army said the groups were backed by militias and now carried rocket-propelled grenades and drones. It said it had changed its rules of engagement.",
        "B M",
        "border clash",
    ),
    (
        "Police officer shot dead in Ma'an as fuel protests turn violent",
        "A senior police officer was shot dead in Ma'an on Thursday night as he tried to disperse rioters protesting against fuel prices, Jordan's public security directorate said. Protesters had blocked roads with burning tyres and thrown stones at police, who fired tear gas. Days later, three officers were killed in a raid on the suspects' hideout near the city.",
        "U B",
        "riot",
    ),
    (
        "Fighting in Ain al-Hilweh camp drives families to Sidon mosques",
        "Heavy fighting between Fatah and Islamist gunmen in the Ain al-Hilweh Palestinian camp near Sidon killed at least 11 people over five days, Lebanese security sources said. Hundreds of families fled the camp and sheltered in mosques and a municipal hall in Sidon. A Fatah commander was among those killed in an ambush that set off the clashes. UNRWA closed its schools and clinics in the camp, saying gunmen had occupied some of its buildings.",
        "B D H",
        "camp clashes",
    ),
    (
        "Snipers fire on Beirut protest, six killed in hours of gun battles",
        "Gunmen opened fire from rooftops on supporters of Hezbollah and Amal marching against the judge leading the port blast probe in Beirut on Thursday, killing six people, Lebanese officials said. Armed men then fought with rifles and rocket-propelled grenades along the old front line of Tayouneh for several hours. Schools in the area were evacuated and the army deployed.",
        "B U V",
        "armed clashes",
    ),
    (
        "Tripoli municipality set ablaze as Lebanon lockdown protests turn violent",
        "Protesters in the northern Lebanese city of Tripoli set fire to the municipal building and threw petrol bombs at the security headquarters on Thursday, the fourth night of clashes over lockdown measures and poverty. Security forces fired tear gas, rubber bullets and live rounds, and one protester died of his wounds. More than 300 people were hurt.",
        "U E",
        "riot",
    ),
    (
        "Prominent Hezbollah critic found shot dead in his car",
        "A well-known Lebanese publisher and activist who criticised Hezbollah was found shot dead in his car in south Lebanon on Thursday, police said. He had been shot four times in the head and once in the back. His family said he had been threatened for years, and rights groups called it a political assassination.",
        "V",
        "assassination",
    ),
    (
        "Suicide bomber kills 27 at Shia mosque in Kuwait City",
        "A suicide bomber blew himself up during Friday prayers at the Imam Sadiq mosque in Kuwait City, killing 27 worshippers and wounding more than 220, officials said. The Islamic State group claimed the attack, the deadliest in Kuwait's history.",
        "E V T",
        "suicide bombing",
    ),
    (
        "Bahraini forces clear Pearl Roundabout at dawn, protesters killed",
        "Bahraini riot police fired tear gas and birdshot to clear thousands of protesters camped at Manama's Pearl Roundabout before dawn on Thursday, killing at least four people, opposition groups said. Tanks were later deployed in the capital. Doctors at Salmaniya hospital said they treated hundreds of wounded.",
        "U V",
        "crackdown",
    ),
    (
        "Saudi security operation in Awamiya's old quarter, residents flee",
        "Saudi security forces backed by armoured vehicles pressed on with an operation to demolish the old quarter of Awamiya in the Eastern Province, where gunmen have fired on them, officials said. Several members of the security forces and residents were killed in exchanges of fire. Hundreds of families have left the town for nearby Qatif and Dammam.",
        "M B D",
        "security operation",
    ),
    (
        "Drone attack sets fuel tankers ablaze in Abu Dhabi",
        "Three fuel tankers exploded in the Mussafah industrial area of Abu Dhabi and a fire broke out at a construction site near the airport after a drone attack, police said, killing two Indian nationals and a Pakistani. Yemen's Houthis said they had launched missiles and drones at the UAE. The UAE said it reserved the right to respond.",
        "E",
        "drone attack",
    ),
    (
        "Bomb kills two police officers in Bahrain's Sitra",
        "A bomb exploded near a police patrol in the village of Sitra south of Manama on Tuesday, killing two officers and wounding six, Bahrain's interior ministry said. The ministry called it a terrorist attack and arrested several suspects it said were linked to an Iranian-backed cell.",
        "E T",
        "bombing",
    ),
]
