"""Positives of eval/dev59: Africa (README.md)."""

POSITIVES = [
    (
        "Gunmen seize ballot boxes in Lagos polling units as voters flee shots",
        (
            "Armed thugs stormed at least four polling units in the Surulere area of Lagos on "
            "Saturday afternoon, firing into the air and snatching ballot boxes while officials "
            "were still counting. Witnesses said a party agent was stabbed in the arm and several "
            "women were beaten with sticks as the crowd scattered. The electoral commission said "
            "results from the affected units would be cancelled, and police said two suspects had "
            "been arrested. Observers from a civil society coalition said similar attacks had "
            "been reported in Kano and Rivers states."
        ),
        "V",
        "attack on voters",
    ),
    (
        "Gunmen burn electoral office in Imo and kill two police guards",
        (
            "Gunmen arrived in three vehicles before dawn and opened fire on the police officers "
            "guarding the electoral commission's office in Orlu, killing two of them, before "
            "setting the building ablaze with petrol. Thousands of ballot papers and card readers "
            "were destroyed, the commission said. Police blamed the armed wing of an outlawed "
            "separatist movement, which has attacked dozens of police stations and commission "
            "offices across the southeast this year."
        ),
        "B",
        "attack on election office",
    ),
    (
        "Rockets hit Maiduguri outskirts as Borno votes under jihadist threat",
        (
            "Several rocket-propelled grenades landed on the outskirts of Maiduguri in the early "
            "hours of election day, killing one person and wounding at least four, residents and "
            "a military source said. Soldiers exchanged fire with Boko Haram insurgents near the "
            "Molai axis for about two hours before the militants withdrew. Voting began late in "
            "several wards of the city, and turnout was low in the areas nearest the shooting. "
            "The army said it had repelled the attack and recovered weapons from the militants. "
            "Residents of Molai said dozens of families had spent the night in the city centre."
        ),
        "E T B D",
        "rocket attack",
    ),
    (
        "Opposition women's leader burned to death in her home in Kogi",
        (
            "Attackers set fire to the house of a local women's leader of the opposition party in "
            "Ochadamu on the eve of the governorship run-off, locking her inside, party officials "
            "said. Neighbours said the men had first fired shots to keep people away and then "
            "poured fuel over the building. Police confirmed the death and said a manhunt was "
            "under way for suspects believed to be political thugs loyal to a rival camp."
        ),
        "V",
        "arson attack",
    ),
    (
        "Police open fire on protesters in Kisumu after presidential result",
        (
            "Police fired live bullets and tear gas at crowds in Kisumu's Nyalenda and Kondele "
            "slums on Saturday as supporters of the defeated opposition candidate set up burning "
            "barricades and looted shops. A hospital official said at least six people had been "
            "brought in with gunshot wounds and two had died, including a nine-year-old girl hit "
            "on a balcony. The interior ministry said officers had been confronting criminals, "
            "not protesters."
        ),
        "U",
        "crackdown",
    ),
    (
        "Three dead as Azimio anti-government protests turn violent in Nairobi",
        (
            "Three people were killed and dozens injured in Nairobi and Kisumu on Wednesday as "
            "riot police fired tear gas and, according to rights groups, live rounds at "
            "opposition supporters protesting over the cost of living and last year's disputed "
            "election. Protesters threw stones, burned tyres and set a police post on fire in "
            "Kibera. More than 300 people were arrested across the country, the interior minister "
            "said."
        ),
        "U",
        "riot",
    ),
    (
        "Opposition lawyer and aide shot dead in their car in Maputo",
        (
            "Gunmen fired more than twenty rounds into a car in central Maputo late on Friday, "
            "killing the lawyer of the opposition presidential candidate and a party official "
            "travelling with him. The lawyer had been preparing a legal challenge to the official "
            "election results, and the party called the killings a political assassination meant "
            "to silence it. The United Nations and the European Union condemned the killings and "
            "urged a swift, independent investigation. Police said they had opened an "
            "investigation but made no arrests."
        ),
        "V",
        "political assassination",
    ),
    (
        "Police fire live rounds as Mozambique's post-election protests spread",
        (
            "Police fired live ammunition and tear gas in several Maputo neighbourhoods on "
            "Thursday as protesters against the election result blocked roads with burning tyres "
            "and stoned police vehicles. A local rights group said at least 30 people had been "
            "killed since the protests began and hundreds arrested. Shops were looted in Matola "
            "and the main border crossing with South Africa was closed for a day. The government "
            "accused the opposition candidate, who has left the country, of inciting an "
            "insurrection. Thousands of Mozambicans crossed into Malawi and Eswatini to escape "
            "the unrest, the UN refugee agency said."
        ),
        "U D",
        "crackdown",
    ),
    (
        "Militiamen ambush convoy carrying voting kits in North Kivu",
        (
            "Mai-Mai militiamen ambushed a convoy carrying voting materials near Lubero in "
            "eastern Congo, killing two police officers who were escorting it and setting fire to "
            "several crates of ballot papers, the electoral commission said. Soldiers sent to the "
            "area exchanged fire with the attackers for several hours. The commission said voting "
            "in two localities would be postponed until the army could guarantee access."
        ),
        "B",
        "attack on election convoy",
    ),
    (
        "Security forces fire on opposition rally in Kinshasa",
        (
            "Security forces fired tear gas and live rounds to disperse supporters of an "
            "opposition candidate who had gathered near the airport road in Kinshasa to welcome "
            "him on Wednesday. A UN human rights official said at least three people had been "
            "killed and more than 40 wounded. Police said the rally had not been authorised and "
            "that officers had come under attack from stone-throwing youths."
        ),
        "U",
        "crackdown",
    ),
    (
        "Deaths reported as Guinea's security forces move into opposition districts",
        (
            "Security forces using live ammunition killed at least ten people in Conakry's "
            "opposition strongholds along the Route Le Prince in the two days after the "
            "presidential vote, Amnesty International said. Residents described gendarmes firing "
            "at young men who had put up barricades, and armoured vehicles surrounding the home "
            "of the main opposition candidate, who had declared himself the winner. The "
            "government said several members of the security forces had also died."
        ),
        "U",
        "crackdown",
    ),
    (
        "Special forces seize president as heavy gunfire rocks Conakry",
        (
            "Heavy gunfire broke out near the presidential palace in Conakry's Kaloum peninsula "
            "on Sunday morning as members of the army's special forces unit fought their way in "
            "and took the president into custody. A video sent to journalists showed the "
            "president sitting on a sofa surrounded by soldiers. The unit's commander announced "
            "on state television that the government and the constitution had been dissolved and "
            "land borders closed; it was unclear how many members of the presidential guard had "
            "been killed. The African Union and the regional bloc condemned the takeover and "
            "demanded the president's release."
        ),
        "M B",
        "coup",
    ),
    (
        "Mutinous soldiers detain Mali's president and prime minister",
        (
            "Mutinous soldiers who seized the Kati military camp outside Bamako on Tuesday drove "
            "into the capital, fired shots into the air near the prime minister's residence and "
            "detained the president and the prime minister. Hours later the president announced "
            "his resignation and the dissolution of parliament on state television. Crowds that "
            "had demonstrated for months against the government cheered the soldiers in the city "
            "centre."
        ),
        "M",
        "coup",
    ),
    (
        "Presidential guard holds Niger's president and declares junta in power",
        (
            "Soldiers of the presidential guard sealed off the palace in Niamey and held the "
            "president inside on Wednesday, and late in the evening a group of officers appeared "
            "on national television to announce that they had removed him from power. No shots "
            "were reported around the palace, but the officers suspended the constitution, closed "
            "the country's borders and imposed a night curfew. The army command later said it "
            "backed the takeover to avoid bloodshed. The president refused to sign a resignation "
            "letter, his party said, and the United States and France called for his immediate "
            "release."
        ),
        "M",
        "coup",
    ),
    (
        "Pro-junta crowd attacks French embassy in Niamey",
        (
            "Thousands of supporters of Niger's new military rulers marched on the French embassy "
            "in Niamey on Sunday, tore down its plaque and set fire to one of its doors before "
            "security forces fired tear gas to push them back. Several people were injured, "
            "witnesses said."
        ),
        "U",
        "riot",
    ),
    (
        "Gunfire in Ouagadougou as army captain announces second coup of the year",
        (
            "Gunfire and explosions rang out around the headquarters of the army and the "
            "presidential palace in Ouagadougou on Friday before soldiers took over the state "
            "broadcaster and announced that the military leader had been removed. Over the "
            "weekend crowds backing the new leader set fire to the barrier of the French embassy "
            "and attacked the French institute in Bobo-Dioulasso. The ousted leader later agreed "
            "to resign and left for Togo."
        ),
        "M U",
        "coup",
    ),
    (
        "Soldiers annul Gabon election and put president under house arrest",
        (
            "Soldiers appeared on television in Libreville on Wednesday minutes after the "
            "electoral body declared the president re-elected, announcing that they had annulled "
            "the result and dissolved state institutions. Gunfire was heard in several parts of "
            "the capital, and the president appeared in a video from his residence saying he was "
            "being held and calling on friends abroad to make noise. Crowds came out to celebrate "
            "in some neighbourhoods."
        ),
        "M",
        "coup",
    ),
    (
        "Protesters shot dead in Khartoum as army dissolves civilian government",
        (
            "Soldiers detained the prime minister and most of his cabinet on Monday, and the army "
            "chief declared a state of emergency and dissolved the transitional government. When "
            "thousands took to the streets in Khartoum and Omdurman, troops fired live ammunition "
            "at protesters near the army headquarters, killing at least seven people and wounding "
            "more than 140, according to a doctors' committee. Internet access was cut across the "
            "country. The army chief said the military had acted to prevent civil war."
        ),
        "U M",
        "crackdown",
    ),
    (
        "Senegal counts its dead after two days of riots over Sonko verdict",
        (
            "At least 16 people were killed in Dakar, Ziguinchor and other towns during two days "
            "of clashes between police and young protesters after the opposition leader was "
            "sentenced to two years in jail, the government said. Protesters burned buses, a "
            "university library and petrol stations, and police used tear gas and, according to "
            "witnesses, live bullets. The authorities restricted access to social media and "
            "deployed the army in the capital. The opposition leader, who was acquitted of rape "
            "but convicted of corrupting youth, said he would not appeal."
        ),
        "U",
        "riot",
    ),
    (
        "Zanzibar residents say police killed protesters on eve of vote",
        (
            "Opposition officials on Zanzibar said police had shot dead at least nine people in "
            "Pemba and on the main island as residents protested against what they said was early "
            "voting in their absence. Witnesses said police fired tear gas and live rounds and "
            "beat people in their homes in the night. The police commissioner said officers had "
            "acted against people who tried to block roads and attack polling staff."
        ),
        "U",
        "crackdown",
    ),
    (
        "Death toll in Kampala unrest after opposition candidate's arrest reaches 54",
        (
            "The number of people killed in two days of unrest in Kampala and other towns after "
            "the arrest of an opposition presidential candidate has risen to 54, police said. "
            "Security forces fired tear gas and live rounds at protesters who burned tyres and "
            "blocked roads, and videos showed plain-clothes men shooting from pickup trucks. The "
            "candidate had been detained for violating coronavirus rules at a campaign rally. The "
            "security minister said police could shoot if protesters reached a certain level of "
            "violence. The candidate was released on bail two days later and resumed campaigning."
        ),
        "U",
        "crackdown",
    ),
    (
        "Soldiers fire on opposition protesters in Harare as results are delayed",
        (
            "Soldiers fired live rounds and beat people in central Harare on Wednesday after "
            "supporters of the opposition gathered outside the electoral commission to demand the "
            "release of the presidential result. Police said three people had been killed; "
            "hospital sources put the number higher. Troops in armoured vehicles cleared the "
            "streets and shops closed early."
        ),
        "U",
        "crackdown",
    ),
    (
        "Separatists fire on polling station in Bamenda as voters stay away",
        (
            "Armed separatists fired on a polling station in the Mankon area of Bamenda on Sunday "
            "morning, wounding a soldier and forcing the officials to flee, residents said. "
            "Gunfire was heard across the city through the day, and the army said it had killed "
            "three fighters who had attacked a patrol. Turnout in the English-speaking regions, "
            "where separatists had ordered a boycott of the election, was very low. Several "
            "villages in the area have been emptied by fighting between the army and separatists "
            "since 2017."
        ),
        "B",
        "attack on polling",
    ),
    (
        "Opposition leader abducted by jihadists while campaigning in Timbuktu region",
        (
            "The leader of Mali's main opposition party was abducted on Wednesday with members of "
            "his team while campaigning for the legislative elections near Niafunke, in the "
            "Timbuktu region, his party said. His bodyguard was killed in the attack, which local "
            "officials blamed on militants of a jihadist group linked to al-Qaeda active in the "
            "area. The government said all means were being deployed to find him. He was released "
            "six months later in a prisoner exchange, along with a French aid worker."
        ),
        "V T",
        "kidnapping",
    ),
    (
        "Jihadists kill election officials in northern Burkina Faso",
        (
            "Suspected jihadists ambushed a vehicle carrying electoral commission staff and "
            "ballot materials near Dori in northern Burkina Faso, killing three officials and "
            "wounding two soldiers escorting them, a security source said. The attack came days "
            "before the presidential and legislative vote, which the authorities had already "
            "cancelled in parts of the Sahel and East regions because of insecurity."
        ),
        "V T",
        "attack on election workers",
    ),
    (
        "Machete clashes between rival supporters leave 16 dead in Dabou",
        (
            "Clashes between supporters of the ruling party and the opposition in Dabou, west of "
            "Abidjan, left 16 people dead over three days, the government said, many of them "
            "killed with machetes. Homes and shops were burned and several thousand residents "
            "fled to neighbouring villages. The violence, which began after a protest against the "
            "president's bid for a third term, took on an ethnic character, residents said."
        ),
        "U D",
        "riot",
    ),
    (
        "Kenyan election IT manager found tortured and killed days before vote",
        (
            "The body of the electoral commission's ICT manager was found in a thicket outside "
            "Nairobi, with signs of torture, days before the general election, the commission's "
            "chairman said. He had been abducted after leaving his office, and a woman found dead "
            "with him had also been killed. The chairman said there was no doubt he had been "
            "tortured and murdered, and opposition leaders said the killing was meant to "
            "compromise the voting system. No one has been charged over the killings."
        ),
        "V",
        "political assassination",
    ),
    (
        "Seven crushed to death as police fire tear gas into opposition rally",
        (
            "Seven people were crushed to death and dozens hurt in Lilongwe on Saturday when "
            "police fired tear gas into a crowd of opposition supporters gathered at a stadium, "
            "setting off a stampede toward the gates, witnesses and hospital staff said. Police "
            "said the rally had gone ahead despite a ban and that officers had been pelted with "
            "stones. The opposition leader accused the police of a deliberate attack on his "
            "supporters."
        ),
        "U",
        "crackdown",
    ),
]
