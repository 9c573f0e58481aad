"""dev346 positives, part A: money stories that report current armed conflict or political
violence (see build.py)."""

POSITIVES = [
    (
        "Khartoum's banks shut their doors as fighting rages, leaving families without cash",
        """Sudan's commercial banks kept their branches in Khartoum closed for a second week on Saturday as fighting between the army and the paramilitary Rapid Support Forces spread across the capital, leaving millions of residents unable to withdraw salaries or savings. Bank of Khartoum said three of its branches in the city centre had been broken into and looted, and that staff could not reach its data centre because of clashes nearby. Residents said the few ATMs still working in Omdurman ran dry within hours. "I have money in the bank and I cannot buy bread," said Amna, a teacher who asked that her family name be withheld. The price of a sack of flour has roughly doubled since the fighting began on April 15, traders said. Many families are relying on the mobile banking app Bankak, but power cuts and patchy networks make transfers unreliable. Tens of thousands of people have fled the capital towards Wad Madani and the Egyptian border, often paying bus fares in cash they borrowed from neighbours. The central bank has not issued a statement since the fighting began.""",
        "B H D",
        "battle",
    ),
    (
        "Gaza's cash crunch: brokers take a 30% cut as bank branches lie in ruins",
        """Palestinians in Gaza are paying commissions of up to 30 percent to get their hands on banknotes, as the war has left almost no bank branch operating in the territory, economists and residents say. The Palestine Monetary Authority said most branches in Gaza City and Khan Younis had been damaged or destroyed by Israeli strikes, and the remaining ATMs have been out of service for months. Traders with cash now act as informal bankers, taking a cut of transfers that relatives abroad send through banking apps. "My brother sends 1,000 shekels and I receive 700," said Mahmoud, a father of five sheltering in a tent in al-Mawasi. Worn notes are patched with tape, and some shops refuse ten-shekel coins they say are fake. Prices of flour and cooking gas rose again this week after a strike near a distribution point in Deir al-Balah, according to the UN's food agency. Aid officials say the shortage of cash is making it even harder for families to buy what little food reaches the markets.""",
        "E H",
        "siege",
    ),
    (
        "Kharkiv hypermarket bombed as families shop for paint and seedlings",
        """Two Russian guided bombs struck a large DIY and garden store in Kharkiv on Saturday afternoon, killing at least 12 people and injuring 43 as families shopped for paint, seedlings and building materials, regional officials said. The Epicentr hypermarket, one of the city's busiest, was engulfed in a fire that sent black smoke over the northern districts. Governor Oleh Syniehubov said up to 200 people may have been inside when the bombs hit. Rescuers searched through the collapsed roof of the garden section into the night, and relatives gathered in the car park holding up phones with photos of the missing. President Volodymyr Zelensky called the attack "another manifestation of Russian madness" and renewed his appeal for more air defence. The retailer said it would pay for funerals and compensate the families of staff who were killed. It was the deadliest strike on the city in weeks, and several other shops nearby closed their doors for the weekend.""",
        "E V",
        "airstrike",
    ),
    (
        "Israeli strikes target Hezbollah-linked lender's branches across Lebanon",
        """Israeli warplanes struck more than a dozen branches of al-Qard al-Hassan, the Hezbollah-linked lending association, in Beirut's southern suburbs, the south and the Bekaa valley overnight, Lebanese state media reported. The Israeli military said it had targeted sites used to finance the group's military activity, and warned residents to stay away from the buildings beforehand. Thousands of people fled their homes in Dahiyeh after the warnings, jamming roads north in the middle of the night. The association, which gives interest-free loans against gold, is used by many poor Shia families to pawn jewellery and borrow for school fees and weddings. "My mother's gold is in there," said one man outside a flattened branch in Chiyah, who said he had borrowed $600 to pay for his daughter's surgery. Lebanon's health ministry said at least four people were killed in strikes near the branches. Bankers in Beirut said the attacks added to panic in a financial system that has been frozen since the 2019 collapse.""",
        "E M D",
        "airstrike",
    ),
    (
        "Banks in Port-au-Prince close branches after gangs attack Pétion-Ville",
        """Several of Haiti's main banks closed their branches in Pétion-Ville on Monday after armed gangs stormed the hillside suburb overnight, firing on police and setting fire to a bank and a petrol station, witnesses said. Sogebank and Unibank said they would serve customers only in a handful of branches outside the area until further notice. The attack by the Viv Ansanm gang coalition forced hundreds of residents to flee on foot, some carrying mattresses and suitcases. At least six people were killed in the fighting, including two police officers, according to the national police union. Business owners said gunmen had also robbed shops on Rue Lamarre and demanded money from street traders. Supermarkets in the area put up their shutters as prices of rice and cooking oil jumped by a quarter within a day. "We can't reach the bank and we can't reach the market," said Nadège, a mother who sells fried plantain near the square.""",
        "B V D",
        "gang_attack",
    ),
    (
        "Goma runs out of cash as M23 rebels take the city and banks stay shut",
        """Banks in Goma have remained closed for nearly three weeks since M23 rebels seized the eastern Congolese city, leaving residents and traders without access to their accounts and forcing many to barter. Congo's central bank ordered commercial lenders to suspend operations in rebel-held areas, saying it would not allow its currency to fund the rebellion. Fighting between the Rwanda-backed rebels and the army killed hundreds of people in the city in late January, according to the United Nations, and mortar shells hit neighbourhoods near the airport. Money changers on the streets now quote dollars at a steep premium, and mobile money agents say they have run out of float. The price of a 25-kilogram sack of maize flour has risen from about $20 to $32 in the city's Virunga market. Hundreds of thousands of people displaced by earlier fighting were pushed out of camps around the city and told to go home. Aid agencies say the lack of cash has slowed their own work, as they cannot pay local staff or suppliers.""",
        "B E H D",
        "offensive",
    ),
    (
        "Lashio residents queue at ATMs before fleeing as ethnic army closes in",
        """Long lines formed outside banks in Lashio, the largest town in northern Shan State, on Wednesday as residents tried to withdraw money before fleeing fighting between Myanmar's military and the Myanmar National Democratic Alliance Army. Witnesses said KBZ and AYA bank branches limited withdrawals to 500,000 kyat per person, and several ATMs were empty by noon. Artillery fire could be heard from the town's northern outskirts, where the ethnic armed group attacked military positions overnight. A resident who gave his name as Ko Min said he had waited five hours with his elderly parents before giving up. Thousands of people have left the town by road towards Mandalay, and bus tickets now cost three times their usual price. Traders said gold shops had closed and that the price of rice had risen sharply in a week. The junta, which has lost several towns in the area since late 2023, said its troops were repelling "terrorist" attacks.""",
        "B E D",
        "battle",
    ),
    (
        "Fuel prices soar in Bamako as jihadists choke off tanker convoys",
        """The price of a litre of petrol on Bamako's black market has climbed above 2,000 CFA francs, more than double the official rate, as a blockade by the al-Qaeda-linked JNIM group keeps fuel tankers from reaching Mali's capital. The militants have attacked convoys on the roads from Senegal and Ivory Coast for weeks, setting dozens of tankers on fire and abducting some of their drivers, according to transporters' unions. Queues at the few filling stations still selling fuel stretch for several kilometres, and motorbike taxis, the city's main form of transport, have raised fares. The government announced that schools would close for two weeks because teachers and pupils could not get to class. "I spend the night at the station and go to work without sleeping," said Souleymane, a taxi driver. The army has begun escorting convoys, but drivers say the escorts come under fire too. Bakers warn that bread prices will rise if generators run dry.""",
        "T V B H",
        "blockade",
    ),
    (
        "Banks torched across Iran as fuel price protests turn deadly",
        """Protesters set fire to hundreds of bank branches across Iran over the weekend as demonstrations against a sudden rise in petrol prices spread to dozens of cities, state media and officials said. The interior minister said 731 banks and 70 petrol stations had been damaged or burned, and that security forces had arrested more than 1,000 people. Rights groups said riot police and Revolutionary Guards fired live ammunition at crowds in cities including Shiraz, Mahshahr and Karaj, and that scores of people had been killed. Authorities cut off the internet nationwide, leaving shops unable to process card payments and many families unable to reach relatives. The government raised the price of rationed petrol by 50 percent on Friday and tripled the price beyond the monthly quota, saying the money would go to poor households. Supreme Leader Ayatollah Ali Khamenei backed the increase and blamed "thugs" for the violence. Shopkeepers in Tehran's bazaar said trade had nearly stopped.""",
        "U",
        "riot",
    ),
    (
        "Kazakh banks stay closed after deadly unrest over fuel prices",
        """Banks in Kazakhstan remained closed for a third day on Friday and cash machines in Almaty stood empty after protests over a jump in fuel prices turned into the country's worst violence in decades. President Kassym-Jomart Tokayev said he had ordered troops to "fire without warning" at what he called bandits and terrorists, and a Russian-led security alliance sent forces at his request. Gunfire rang out in central Almaty, where protesters had stormed and set fire to the mayor's office the day before. Residents said shops were looted and supermarkets had run short of bread and milk. The central bank said payment systems would resume once internet access was restored. Health officials said dozens of people had been killed and more than 1,000 injured. The unrest began in the oil town of Zhanaozen after the price of liquefied gas, which many drivers use, nearly doubled on January 1.""",
        "U M",
        "riot",
    ),
    (
        "Nairobi shops looted as police fire on tax protesters",
        """Shopkeepers in central Nairobi counted their losses on Wednesday after protests against tax rises in the finance bill ended in looting, arson and deadly police fire. Kenyan police fired tear gas and live rounds at protesters who broke through barricades and stormed parliament on Tuesday, and a human rights commission said at least 22 people had been killed across the country. Traders on Moi Avenue said youths broke into phone shops and supermarkets after dark, carrying away goods while police were busy at the parliament buildings. The bill would have raised taxes on bread, cooking oil, mobile money transfers and sanitary pads, measures the government said it needed to pay down debt. President William Ruto said on Wednesday he would not sign the bill. Several banks kept branches in the central business district closed, and a supermarket chain said two of its outlets had been vandalised. "We were not part of the protest, but we have lost everything," said one trader.""",
        "U",
        "crackdown",
    ),
    (
        "KwaZulu-Natal families queue for bread as looting empties shops",
        """Families in Durban and Pietermaritzburg queued for hours on Thursday for bread, milk and fuel after a week of looting and arson emptied shopping centres and warehouses across KwaZulu-Natal. The unrest, which began after the jailing of former president Jacob Zuma, has killed more than 70 people, police said, and soldiers have been deployed to guard malls and highways. Retailers said more than 200 shopping centres had been looted or burned, and a major pharmacy warehouse was destroyed. Banks closed dozens of branches and ATMs in the province, saying they could not protect staff. In Phoenix, residents set up armed roadblocks, and police are investigating several killings at those checkpoints. The South African Insurance Association said claims could run to billions of rand. Small shop owners in townships said they had no insurance at all. Authorities said food deliveries would resume once the N3 highway was safe.""",
        "U V",
        "riot",
    ),
    (
        "Shelling hits Belgorod's shopping district on New Year's Eve weekend",
        """Shells and rockets struck the centre of the Russian city of Belgorod on Saturday, killing at least 20 people and wounding more than 100 as residents shopped for New Year's Eve, regional officials said. Governor Vyacheslav Gladkov said missiles hit near a shopping centre, a skating rink and a busy street lined with stores. Video on local channels showed burning cars outside a department store and shattered shop windows. Russia's defence ministry blamed Ukraine and said most of the projectiles had been shot down, with debris falling on the city. Businesses in the centre closed early and the city cancelled New Year celebrations. Several retailers said staff were among the wounded. The attack came a day after Russia launched one of its largest air strikes on Ukrainian cities. Local officials said they would pay compensation of one million roubles to each family of those killed.""",
        "E V",
        "shelling",
    ),
    (
        "Bomb at Mogadishu market kills traders as al-Shabaab claims attack",
        """A car bomb exploded at a busy market in Mogadishu's Hodan district on Tuesday evening, killing at least nine people and wounding 14, most of them traders and shoppers, police and medics said. Al-Shabaab said in a statement on its radio station that it had carried out the attack and that it had targeted government officials at a nearby restaurant. The blast destroyed stalls selling clothes, mobile phones and dried goods, and set fire to a mobile money kiosk, witnesses said. "I was counting the day's money when everything went black," said Fadumo, who sells shoes at the market and was treated for cuts at Medina hospital. Somali security forces sealed off the area and ambulances took the wounded to hospitals across the city. The group regularly collects what it calls taxes from businesses in the capital, and traders say those who refuse face threats. Market associations said they would meet the mayor to ask for better security.""",
        "T E V",
        "bombing",
    ),
    (
        "Tigray's banks are closed and cash is running out as airstrikes hit Mekelle",
        """Residents of Tigray say cash has all but disappeared from the region, where banks have been closed since June and federal airstrikes hit the regional capital Mekelle this week. Ethiopian forces carried out two strikes on Mekelle on Monday, one near a market and one on a building the government said was used by rebel forces, and a hospital said three children were among those killed. The Commercial Bank of Ethiopia suspended services in the region when Tigrayan forces retook the city, and telephone and internet lines are cut. Aid workers say families are selling goats and jewellery for a fraction of their value to buy grain. The UN's humanitarian office said food aid convoys have been unable to reach the region for weeks. "People with salaries in the bank are begging," said a teacher reached by satellite phone. Humanitarian agencies have had to fly in cash in suitcases to pay staff and suppliers.""",
        "E M H",
        "airstrike",
    ),
    (
        "Djibo under blockade: a sack of millet now costs a month's wage",
        """Food prices in Djibo, in northern Burkina Faso, have soared as jihadist fighters keep the town under blockade, cutting off the roads that bring in grain, fuel and medicine, residents and aid agencies say. A 100-kilogram sack of millet now sells for about 60,000 CFA francs, three times its price before the siege, according to traders. Fighters linked to al-Qaeda attacked a supply convoy heading to the town in September, killing soldiers and civilian drivers, and have since blown up bridges on the main road. The town, which hosts tens of thousands of displaced people, is now reached mostly by helicopter. Residents who leave to gather firewood or farm say they risk being killed. "We eat leaves mixed with a little flour," said a mother of six reached by phone. The World Food Programme said it had airlifted several tonnes of food but warned that stocks would run out within weeks.""",
        "T V B H",
        "blockade",
    ),
]
