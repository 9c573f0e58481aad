"""eval/dev28 positives: Europe and the Americas, second half.
Whole articles; see labels.py for P and N.
"""

from labels import P

ARTICLES = [
    P(
        "Concert halls review security after gunmen attack Crocus City Hall",
        "MOSCOW - Concert venues across Russia cancelled or postponed events over the "
        "weekend and promoters said they would review security, after gunmen attacked a "
        "crowded concert hall on the edge of Moscow on Friday night. Several touring "
        "bands called off shows, and the culture ministry said all public events in the "
        "capital would be cancelled for several days. Four gunmen in combat fatigues "
        "opened fire on concertgoers at Crocus City Hall in Krasnogorsk before a rock "
        "concert, then set the building on fire, investigators said. At least 137 people "
        "were killed and more than 180 injured, according to officials, in the deadliest "
        "attack in Russia in two decades. Many of the victims died of smoke inhalation "
        "when the roof collapsed. Islamic State claimed responsibility and released "
        "footage filmed by the attackers. Investigators said they had opened a case of "
        "terrorism. Four men from Tajikistan were detained near the border with Ukraine "
        "and charged with terrorism. President Putin declared a day of national mourning "
        'and said the attack was carried out by "radical Islamists", but suggested that '
        "Ukraine was involved, which Kyiv denied. People queued for hours to give blood "
        "in Moscow. Industry figures said many promoters would add metal detectors and "
        'bag checks. "The season is finished for us," said a promoter in St Petersburg. '
        "The venue, which hosted international stars before 2022, will be closed "
        "indefinitely. The United States said it had warned Russian authorities in early "
        "March about a possible attack on large gatherings in Moscow. Russian officials "
        "dismissed the warnings at the time. Islamic State's Afghan branch has carried "
        "out attacks in several countries, including Iran, where a bombing in January "
        "killed dozens of people at a memorial ceremony.",
        "V T",
        "shooting_attack",
    ),
    P(
        "Haiti's airport stays shut as gangs storm prisons and police stations",
        "PORT-AU-PRINCE - Haiti's main international airport remained closed on Monday "
        "and airlines cancelled flights until further notice, after gunfire hit its "
        "perimeter over the weekend. The Dominican Republic said it had closed its air "
        "space to flights to and from Haiti. Hundreds of travellers were stranded, and "
        "importers warned of shortages of food and medicine in the capital, where the "
        "main port is also closed. Armed gangs launched coordinated attacks across "
        "Port-au-Prince over the weekend, storming the national penitentiary and a second "
        "prison and freeing more than 3,000 inmates, officials said. At least 12 people "
        "were killed, and bodies lay outside the prison gates on Sunday. Gunmen also "
        "attacked police stations and fought officers near the airport. The government "
        "declared a state of emergency and a night curfew. The gang leader Jimmy "
        "Cherizier, known as Barbecue, said the alliance of gangs aimed to force the "
        "prime minister, who was abroad, from office. The UN migration agency said more "
        "than 15,000 people had fled their homes in the capital in recent days, many of "
        'them to schools and public squares. "We left with only our clothes," said a '
        "woman sheltering in a school in Petion-Ville. Kenya has agreed to lead a "
        "multinational police mission to Haiti, but its deployment has been delayed by a "
        "court challenge. Gangs are estimated to control about 80% of the capital. Haiti "
        "has had no elected president since the assassination of Jovenel Moise in 2021, "
        "and no elected officials remain in office. The UN says thousands of people were "
        "killed last year in gang violence. Aid agencies said hospitals in the capital "
        "were running short of supplies and that many health workers could not get to "
        "work. The United States urged its citizens to leave the country.",
        "B V D H",
        "gang_offensive",
    ),
    P(
        "Colombia's coffee growers expect strong harvest on record prices",
        "BOGOTA - Colombia's coffee growers expect a strong harvest this year, helped by "
        "good weather and record prices on international markets, the national coffee "
        "federation said on Tuesday. Exports rose 19% last year, and growers in Huila and "
        "Antioquia are planting new trees. The federation said the main risk was a "
        "shortage of pickers. Colombia is the world's largest producer of washed arabica "
        "beans, and more than half a million families grow coffee, most of them on small "
        "farms of a few hectares on steep mountain slopes. The federation has encouraged "
        "growers to replant with varieties resistant to leaf rust, a fungus that "
        "devastated harvests a decade ago. Prices paid to farmers are the highest in "
        "years, and some growers say they have been able to pay off debts and buy land. "
        "The federation's chief executive warned that the good times would not last for "
        "ever and urged growers to save. In the north-east, however, a different crisis "
        "is under way. Fighting between the National Liberation Army (ELN) guerrillas and "
        "dissidents of the former FARC rebel group in the Catatumbo region, near the "
        "Venezuelan border, has killed at least 80 people since Thursday, the authorities "
        "said. ELN fighters went house to house in several villages looking for people "
        "they accused of working with their rivals, and community leaders and former FARC "
        "fighters who had signed the peace deal were among the dead, the ombudsman's "
        "office said. More than 30,000 people have fled to the towns of Tibu and Cucuta "
        "or across the border, officials said, in one of the largest displacements in "
        "Colombia in decades. The president suspended peace talks with the ELN and "
        "declared a state of internal commotion. The army is sending thousands of troops "
        'to the region. "We left the coffee on the bushes," said a farmer from El Tarra '
        "who arrived in Cucuta with his family. Shelters in Cucuta are full, and the city "
        "has asked the national government for help. The region is also one of the "
        "country's main areas for coca cultivation. The ELN, founded in 1964, is the "
        "largest guerrilla group still active in Colombia, and has been in on-and-off "
        "talks with successive governments. Dissident factions of the FARC refused to "
        "join the 2016 peace deal. The coffee federation said the violence in Catatumbo "
        "would not affect the national harvest, because the region grows little coffee "
        "compared with the central mountains.",
        "B V D",
        "battle",
    ),
    P(
        "Peso steady as investors focus on trade talks",
        "MEXICO CITY - The Mexican peso was little changed on Friday, as investors "
        "focused on trade talks with the United States rather than the violence that "
        "shook the northern city of Culiacan a day earlier. The currency has been one of "
        "the best performers among emerging markets this year. Analysts said the events "
        "in Sinaloa state were unlikely to affect foreign investment decisions in the "
        "short term. On Thursday afternoon, a patrol of soldiers and National Guard "
        'members detained Ovidio Guzman, a son of the jailed drug lord Joaquin "El Chapo" '
        "Guzman, at a house in Culiacan. Within minutes, hundreds of gunmen from the "
        "Sinaloa Cartel armed with heavy machine guns and rifles surrounded the troops, "
        "set vehicles on fire to block roads and attacked military positions across the "
        "city, officials said. Gunfights raged for hours. At least eight people were "
        "killed, and dozens of inmates escaped from a prison. Residents hid in their "
        "homes and shops. The government later released Guzman, saying it had done so to "
        'protect lives. The president defended the decision. "You cannot fight fire with '
        'fire," he said. Critics said the state had surrendered to the cartel. Schools '
        "and businesses in Culiacan stayed closed on Friday. The security minister said "
        "the operation had been badly planned. Business groups called for a new security "
        "strategy. Ovidio Guzman is wanted in the United States on drug trafficking "
        "charges. His father was sentenced to life in prison in New York this year. The "
        "Sinaloa Cartel is one of the most powerful criminal organisations in the world, "
        "and Culiacan, the state capital, is its stronghold. Homicides in Mexico have "
        "reached record levels in the past two years.",
        "B M",
        "cartel_battle",
    ),
    P(
        "Ecuador's banana exporters report delays at Guayaquil port",
        "GUAYAQUIL, Ecuador - Banana exporters in Ecuador, the world's largest supplier "
        "of the fruit, said on Wednesday that shipments from the port of Guayaquil had "
        "been delayed as workers stayed at home and trucks were held up at checkpoints. "
        "The exporters' association said it was in contact with the armed forces to keep "
        "the port running. Bananas are Ecuador's main non-oil export. The disruption "
        "followed a day of violence across the country. Masked gunmen stormed the studios "
        "of the public television channel TC in Guayaquil during a live broadcast on "
        "Tuesday, threatening staff with guns and explosives and forcing them to the "
        "floor, before police arrived and arrested 13 of them. Gangs also set off car "
        "bombs, burned vehicles and took dozens of prison guards hostage, and at least "
        "ten people were killed in Guayaquil, police said. The president declared that "
        'the country was in an "internal armed conflict" and ordered the armed forces to '
        "carry out military operations against 22 gangs, which he designated as terrorist "
        "organisations. Soldiers patrolled the streets and raided prisons. The unrest "
        'began after the escape of the leader of the Los Choneros gang from a prison. "We '
        'are living in fear," said a shop owner in Guayaquil, who closed early. Schools '
        "switched to online classes. The United States offered security assistance. "
        "Exporters said they hoped the situation would calm within days. Ecuador, once "
        "one of the most peaceful countries in Latin America, has seen a sharp rise in "
        "violence as gangs linked to Mexican and Colombian cartels fight for control of "
        "cocaine routes through its Pacific ports. The murder rate has risen several "
        "times over in five years. Hundreds of inmates have been killed in prison riots "
        "since 2021.",
        "V E T M",
        "hostage_taking",
    ),
    P(
        "Venezuela's inflation soars as National Guard battles protesters",
        "CARACAS - Venezuela's annual inflation rate has passed 700%, according to "
        "estimates by opposition lawmakers, as the country's economic crisis deepened and "
        "shortages of food and medicine worsened. The central bank has not published "
        "inflation data for more than a year. Many Venezuelans now queue for hours to buy "
        "price-controlled goods, and the bolivar has lost most of its value on the black "
        "market. The economic hardship has fed weeks of street protests against the "
        "government. On Wednesday, National Guard troops fired tear gas, rubber bullets "
        "and water cannon at tens of thousands of demonstrators trying to march to the "
        "ombudsman's office in Caracas, and protesters threw stones and petrol bombs. A "
        "17-year-old was killed by a tear-gas canister that hit him in the chest, the "
        "chief prosecutor said. Scores of people were injured. At least 39 people have "
        "been killed in the unrest since April. The president accused the opposition of "
        "trying to stage a coup with US support and announced plans to rewrite the "
        'constitution. Opposition leaders called for more marches. "We have nothing to '
        'lose," said a nurse who joined the march. Looting of food shops has been '
        "reported in several cities. Oil, which accounts for almost all of the country's "
        "export earnings, has fallen in price, and output is falling. Bondholders are "
        "watching whether the state oil company can keep paying its debts. The protests "
        "began after the Supreme Court, which is close to the government, tried to take "
        "over the powers of the opposition-controlled National Assembly, a decision it "
        "later reversed. Opposition leaders want early elections and the release of "
        'political prisoners. The government has blamed an "economic war" waged by its '
        "opponents for the shortages.",
        "U",
        "crackdown",
    ),
    P(
        "Brazilian markets steady after rioters ransack seat of power",
        "SAO PAULO - Brazilian stocks and the real held steady on Monday, as investors "
        "judged that the government had quickly regained control after supporters of the "
        "former president stormed Congress, the Supreme Court and the presidential palace "
        "in Brasilia. The Bovespa index closed up slightly. Analysts said the episode "
        "might even strengthen the new government's hand. Thousands of rioters broke "
        "through police lines on Sunday afternoon, smashed windows, wrecked offices, set "
        "fire to carpets and destroyed works of art in the three buildings on the Square "
        "of the Three Powers. Police used tear gas and stun grenades and retook the "
        "buildings after several hours. More than 1,500 people were detained at a protest "
        "camp outside army headquarters the next day. The president, who took office a "
        'week earlier, called the rioters "fascist fanatics" and ordered a federal '
        "intervention in the capital's security. The Supreme Court suspended the governor "
        "of the Federal District for 90 days. World leaders condemned the attack. The "
        'former president, who is in Florida, said the rioters had "crossed the line". '
        '"This is the saddest day of my career," said a Congress employee who surveyed '
        "the damage. Investigators are trying to identify who financed the buses that "
        "brought protesters to Brasilia. The finance minister said the government would "
        "present its fiscal plan this week. The former president lost the October "
        "election by a narrow margin and never publicly conceded. His supporters had "
        "camped outside military bases for weeks, calling on the armed forces to "
        "intervene. Investigators are examining whether security forces in the capital "
        "did enough to stop the crowd. Restoration experts said some of the damaged works "
        "of art could be repaired.",
        "U",
        "riot",
    ),
    P(
        "Machu Picchu closes to tourists as protesters die in clashes",
        "LIMA - Peru closed Machu Picchu and the Inca Trail indefinitely on Saturday, "
        "leaving more than 400 tourists stranded in the town at the foot of the citadel, "
        "as anti-government protests blocked roads and rail lines in the southern Andes. "
        "The culture ministry said the closure was to protect visitors. Tourism, which "
        "was recovering after the pandemic, is a major source of jobs in Cusco. The "
        "protests, demanding the resignation of the president and new elections, have "
        "grown since the arrest of her predecessor in December. On Monday, at least 17 "
        "people were killed in the southern city of Juliaca when protesters tried to "
        "storm the airport and police opened fire, the health ministry said. A police "
        "officer was burned to death in his vehicle by a crowd the following night. "
        "Rights groups say many of the dead had gunshot wounds. The government declared a "
        "state of emergency in Lima, Cusco and Puno and a curfew in Puno. Protesters from "
        "the south travelled to the capital, where police fired tear gas at marchers. "
        '"They are killing us like animals," said a protester from Puno. The president '
        "apologised for the deaths but said she would not resign. Hotel owners in Cusco "
        "said they had lost most of their bookings for the season. Trains to Machu Picchu "
        "were suspended. The former president was removed by Congress and arrested after "
        "he tried to dissolve the legislature and rule by decree. His supporters, many of "
        "them from poor rural areas of the south, say the political elite in Lima has "
        "ignored them. Peru has had six presidents in five years. The tourism ministry "
        "said it would organise special transport to take stranded visitors out of the "
        "area.",
        "U",
        "crackdown",
    ),
    P(
        "Nicaragua's coffee growers fear labour shortage at harvest",
        "MATAGALPA, Nicaragua - Coffee growers in Nicaragua's northern highlands say they "
        "may not find enough workers for the coming harvest, as months of unrest have "
        "driven young people abroad and cut credit from banks. Coffee is the country's "
        "largest export, and the crop is picked by hand by tens of thousands of seasonal "
        'workers. "The banks have stopped lending; nobody knows what will happen," said a '
        "grower near Matagalpa. The crisis began in April, when protests against pension "
        "cuts turned into a movement demanding the president's resignation. On Sunday, "
        "police and armed pro-government paramilitaries in pickup trucks attacked "
        "barricades in the city of Masaya and the Indigenous district of Monimbo, opening "
        "fire on protesters and residents, rights groups said. At least ten people were "
        "killed, according to the Nicaraguan Association for Human Rights. Witnesses said "
        "masked men fired on a church where wounded protesters had taken refuge, and "
        'searched houses. The government said it was clearing "coup-plotting terrorists" '
        "from the roads. More than 300 people have been killed since April, rights groups "
        "say. Thousands have crossed into Costa Rica. The Catholic bishops, who had been "
        "mediating talks, said the government was not interested in dialogue. Coffee "
        "prices on world markets, meanwhile, are at their lowest in more than a decade, "
        "adding to the growers' problems. The government of President Daniel Ortega, a "
        "former guerrilla leader who has been in power since 2007, says the protests are "
        "an attempted coup backed by the United States. Business groups that once worked "
        "closely with the government have called for early elections. Tourism, which had "
        "been one of the fastest-growing sectors of the economy, has collapsed, and "
        "hotels have laid off staff.",
        "U V D",
        "crackdown",
    ),
]
