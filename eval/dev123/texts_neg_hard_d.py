"""dev123 hard negatives (d): whole articles with war or violence words, no current violent event."""

# (title, text, kind code); the comment gives the outlet imitated and the year
NEGATIVES = [
    # Garowe Online, 2025
    (
        "Puntland and Jubaland reject Villa Somalia's one-person, one-vote timetable",
        "The leaders of the Puntland and Jubaland federal member states on Sunday rejected the "
        "electoral timetable announced by the National Independent Electoral and Boundaries "
        "Commission (NIEBC), accusing President Hassan Sheikh Mohamud of seeking to extend his "
        "term through a process they said lacked consensus. In a joint statement issued after a "
        "meeting in Garowe, the two leaders said they would not allow voter registration in "
        "their states and would organise their own elections in line with their constitutions. "
        "The commission had announced that local council elections would be held in Mogadishu in "
        "June, followed by state and federal polls under a direct universal suffrage system for "
        "the first time since 1969. The opposition Somali Salvation Forum also rejected the "
        "timetable and called for a national consultative conference to agree on an electoral "
        "model. Villa Somalia said the new system would end the clan-based indirect elections "
        "that have allowed “a few hundred delegates to choose the president”. Voter registration "
        "centres in Mogadishu have registered fewer than 500,000 people, according to the "
        "commission, which blamed low turnout on a lack of awareness. International partners "
        "have urged dialogue, warning that a disputed election could undermine the fight against "
        "al-Shabaab. The president's term is due to expire in May 2026.",
        "politics",
    ),
    # Garowe Online, 2025
    (
        "Drought pushes pastoralists in Nugaal and Sool to the brink as wells run dry",
        "Pastoralist families in the Nugaal and Sool regions are abandoning their settlements "
        "and moving towards Garowe and Las Anod as berkads and shallow wells dry up after two "
        "failed rainy seasons, local officials and aid agencies said. Puntland's Humanitarian "
        "Affairs and Disaster Management Agency (HADMA) said more than 60,000 people had been "
        "affected in the two regions, and that at least 1,400 households had arrived in camps on "
        "the outskirts of Garowe since January. “We had 200 goats last year. Now we have 30, and "
        "they are too weak to sell,” said Fadumo Ali, a mother of seven who walked for four days "
        "to reach the Garowe camps with her family. The price of a 200-litre barrel of trucked "
        "water has risen to $15 in some villages, more than most families earn in a week. HADMA "
        "and the Somali Red Crescent have started water trucking to 40 villages, but officials "
        "said the funding covered only a fraction of the needs. The UN humanitarian office has "
        "warned that more than four million Somalis face acute food insecurity this year, as "
        "cuts in international aid force agencies to close nutrition centres. The Puntland "
        "president appealed to the diaspora and the business community to contribute to a "
        "drought relief fund.",
        "disaster",
    ),
    # Garowe Online, 2024
    (
        "UN Security Council authorises AUSSOM as funding questions remain unresolved",
        "The UN Security Council on Friday authorised the African Union Support and "
        "Stabilization Mission in Somalia (AUSSOM) to replace the outgoing ATMIS mission from "
        "January 1, with 14 members voting in favour and the United States abstaining. The "
        "resolution allows the new mission to deploy up to 12,626 uniformed personnel, including "
        "police, but leaves open how it will be paid for, after Washington objected to using UN "
        "assessed contributions under the hybrid funding model agreed last year. The Somali "
        "government welcomed the vote and said AUSSOM would support the Somali security forces "
        "in taking over full responsibility for security by the end of 2029. Troop-contributing "
        "countries, including Uganda, Kenya, Egypt, Djibouti and Ethiopia, have warned that they "
        "cannot sustain their contingents without predictable funding, and several are owed "
        "months of allowances. Ethiopia's participation remains uncertain after a diplomatic "
        "rift with Mogadishu over Addis Ababa's port deal with Somaliland, although the two "
        "countries agreed in Ankara this month to restore relations. Somalia's national security "
        "adviser told Garowe Online that the government was “confident the mission will be fully "
        "funded”. Analysts say the transition is a test of whether Somalia's army can hold areas "
        "recovered from al-Shabaab over the past two years.",
        "peace",
    ),
    # Addis Standard, 2025
    (
        "Fuel prices rise again as government phases out subsidies; Addis taxi fares adjusted",
        "The Ministry of Trade and Regional Integration announced on Monday a new increase in "
        "fuel prices, raising the retail price of benzene to 127 birr per litre in Addis Ababa, "
        "up from 112 birr, as the government continues to phase out fuel subsidies under its "
        "reform programme. Diesel will sell for 123 birr per litre and kerosene for 118 birr, "
        "according to the ministry's statement. The Addis Ababa City Transport Bureau adjusted "
        "minibus taxi fares on the same day, with the shortest routes now costing 15 birr. The "
        "government says the subsidy cuts, agreed as part of its programme with the "
        "International Monetary Fund after the birr was floated last year, are needed to reduce "
        "the fiscal deficit and curb fuel smuggling to neighbouring countries. Drivers at "
        "stations in Bole and Piassa complained that they had waited for hours in queues last "
        "week because of supply shortages ahead of the price change. “We queue for half a day, "
        "then the price goes up anyway,” said a taxi driver who has worked the Megenagna route "
        "for ten years. In some regional towns, including in parts of Amhara where road travel "
        "has been disrupted by insecurity, fuel sells on the black market for almost twice the "
        "official price. Economists say the increase will push up food prices, with annual "
        "inflation still above 13 percent.",
        "economy",
    ),
    # Addis Standard, 2025
    (
        "Second phase of Tigray DDR programme begins in Mekelle with 75,000 ex-combatants",
        "The National Rehabilitation Commission (NRC) on Tuesday launched the second phase of "
        "the disarmament, demobilisation and reintegration (DDR) of former Tigrayan combatants, "
        "targeting 75,000 ex-fighters in the region, Addis Standard has learnt. The programme is "
        "being implemented under the Pretoria cessation of hostilities agreement signed between "
        "the federal government and the Tigray People's Liberation Front (TPLF) in November "
        "2022. At a ceremony at a demobilisation centre in Mekelle, former fighters handed over "
        "their weapons and received identity cards, clothing and a first reintegration payment, "
        "the commission said. The commissioner said that more than 70,000 ex-combatants had been "
        "demobilised in the first phase, and that the second phase would include training in "
        "vocational skills and access to loans. The president of the Tigray Interim "
        "Administration welcomed the launch but said the return of displaced people to Western "
        "Tigray and other contested areas remained the most urgent unfinished part of the "
        "agreement. Some former fighters interviewed by Addis Standard said they had received no "
        "support since the first payment. “I gave the gun, but I have no land and no work,” said "
        "a 27-year-old former fighter from Adigrat. The World Bank and the European Union are "
        "among the donors funding the programme.",
        "peace",
    ),
    # Dawn, 2024
    (
        "Ten years on, APS families gather in Peshawar to remember their children",
        "Parents, siblings and former classmates gathered at the Army Public School on Warsak "
        "Road in Peshawar on Monday to mark ten years since the attack of December 16, 2014, in "
        "which Tehreek-i-Taliban Pakistan militants killed more than 140 people, most of them "
        "schoolchildren. A ceremony was held in the school's auditorium, where the names of the "
        "martyred students and staff were read out one by one while families stood holding "
        "portraits. Outside, students laid flowers at the memorial built in the school grounds, "
        "and candles were lit at the Shuhada Monument in the evening. “My son would have been 25 "
        "now. I still set his plate on the table on his birthday,” said the mother of a student "
        "who was in the ninth grade. Several parents said they were still waiting for justice "
        "and demanded that the recommendations of the judicial commission that inquired into the "
        "attack be implemented. The attack led to the National Action Plan against terrorism and "
        "to the setting up of military courts to try terrorism suspects. Chief Minister Ali Amin "
        "Gandapur and the Corps Commander Peshawar attended the ceremony and laid wreaths. "
        "Schools across Khyber Pakhtunkhwa observed a minute of silence in the morning.",
        "history",
    ),
    # Le Nouvelliste, 2026
    (
        "Gang Suppression Force: CPT expects first contingents in Port-au-Prince by April",
        "The Transitional Presidential Council (CPT) expects the first contingents of the Gang "
        "Suppression Force (GSF) authorised by the UN Security Council to arrive in "
        "Port-au-Prince by April, a council member told Le Nouvelliste on Monday. Resolution "
        "2793, adopted on September 30, transforms the Kenyan-led Multinational Security Support "
        "mission into a larger force of up to 5,550 uniformed personnel, backed by a new UN "
        "support office responsible for logistics, fuel and medical evacuation. According to the "
        "council member, several countries in Africa, Latin America and the Caribbean have "
        "offered troops, but none has yet confirmed the size of its contingent. The government "
        "is also counting on the recruitment of 3,000 new officers for the Haitian National "
        "Police (PNH), whose graduation ceremony is scheduled at the police academy in Tabarre "
        "next month. The Kenyan police officers who have served in the MSS since June 2024 will "
        "remain until the handover, the Ministry of Justice said. Human rights organisations "
        "welcomed the new force but warned that it must be subject to strict rules on the use of "
        "force and accountability. The Haitian diaspora in Miami and Montreal has launched "
        "fundraising campaigns to help families displaced from the capital, who are counting on "
        "the force to reopen the roads out of Port-au-Prince.",
        "military",
    ),
    # El Tiempo, 2025
    (
        "In Samaniego, Comuneros del Sur begin destroying their arsenal under UN watch",
        "The armed group Comuneros del Sur handed over more than 300 weapons, 2,000 kilograms of "
        "explosives and 16,000 rounds of ammunition to be destroyed on Friday in Samaniego, "
        "Nariño, under the peace process agreed with the Government of Gustavo Petro. The "
        "destruction was carried out by the Army's engineers in the presence of the UN "
        "Verification Mission and the Catholic Church, the Office of the Peace Commissioner "
        "reported. It is the first time that an armed group involved in the government's “total "
        "peace” policy has begun to hand over its arsenal. Comuneros del Sur, a former ELN front "
        "that split from the guerrilla in 2023, has about 150 members in the mountains of "
        "Nariño, according to official estimates. The peace commissioner said the members of the "
        "group would move to territorial zones for their reincorporation, where they would carry "
        "out social and environmental projects. Farmers in Samaniego and Santacruz said they "
        "hoped the process would bring roads and schools to the region. Critics of the policy, "
        "including several senators from the opposition, questioned whether the handover "
        "represented the group's whole arsenal. The government said that similar processes could "
        "follow with other groups in the coming months.",
        "peace",
    ),
    # El Tiempo, 2025
    (
        "JEP issues first sentence to former FARC secretariat for kidnappings",
        "The Special Jurisdiction for Peace (JEP) on Tuesday issued its first sentence against "
        "the former members of the FARC secretariat, sanctioning seven former commanders with "
        "eight years of restorative work for the kidnapping of more than 21,000 people during "
        "the armed conflict. The ruling, handed down in Bogotá after a seven-year investigation, "
        "found that the former guerrilla leadership was responsible for a policy of kidnapping "
        "civilians, soldiers and police officers for financial and political purposes. Instead "
        "of prison, the former commanders, including Rodrigo Londoño, known as Timochenko, will "
        "have to carry out projects such as searching for disappeared people, removing landmines "
        "and building memorials, under the supervision of the court. Victims' associations were "
        "divided: some said the sentence recognised their suffering, while others called it a "
        "betrayal. “They kept my father in the jungle for five years. Eight years of projects is "
        "not justice,” said the daughter of a former congressman who was held hostage. Londoño "
        "said the former commanders accepted the ruling and again asked the victims for "
        "forgiveness. The Attorney General's Office said it would monitor the fulfilment of the "
        "sanctions. The JEP was created by the 2016 peace agreement between the Colombian state "
        "and the FARC.",
        "peace",
    ),
    # The Kathmandu Post, 2024
    (
        "Parliament passes transitional justice bill, 18 years after the insurgency ended",
        "The House of Representatives on Wednesday passed the long-awaited bill to amend the "
        "Enforced Disappearances Enquiry, Truth and Reconciliation Commission Act, paving the "
        "way for the transitional justice process to move forward 18 years after the end of the "
        "Maoist insurgency. The bill, agreed after months of negotiations between the Nepali "
        "Congress, the CPN-UML and the CPN (Maoist Centre), was endorsed by a majority with some "
        "lawmakers from smaller parties voting against. It classifies serious violations of "
        "human rights, including rape and murder committed with cruelty, as crimes that cannot "
        "be given amnesty, while allowing reduced sentences for other cases. Conflict victims' "
        "groups gave the bill a cautious welcome, but said some provisions, including a special "
        "court without independent judges, could shield perpetrators. More than 17,000 people "
        "were killed and around 1,300 disappeared during the decade-long conflict that ended "
        "with the Comprehensive Peace Accord in 2006. The two commissions set up in 2015 "
        "received more than 66,000 complaints but have not resolved a single case. “My husband "
        "was taken from our house in 2002. I only want to know where his body is,” said a woman "
        "from Bardiya who has campaigned with other families of the disappeared for two decades. "
        "The bill will now go to the National Assembly.",
        "peace",
    ),
    # Yemen Monitor, 2025
    (
        "Yemeni rial hits record low in Aden as power cuts spark anger",
        "The Yemeni rial fell to a record low of 2,900 rials per US dollar in Aden on Sunday, "
        "exchange dealers said, as the internationally recognised government struggles to pay "
        "salaries and import fuel for power stations. The currency has lost more than a quarter "
        "of its value since the start of the year in government-held areas, while in "
        "Houthi-controlled Sanaa an older banknote trades at a fixed rate of about 535 rials per "
        "dollar. Residents of Aden said electricity was available for only four to six hours a "
        "day, as summer temperatures rose above 40 degrees Celsius. “We sleep on the roof "
        "because the rooms are ovens,” said a teacher in the Al-Mansoura district who has not "
        "received his salary for three months. Dozens of residents protested peacefully in Khor "
        "Maksar on Saturday evening, holding up candles and empty jerrycans. The government has "
        "been unable to export crude oil since Houthi drone attacks on oil terminals in "
        "Hadramout and Shabwa in late 2022, depriving it of its main source of revenue. The "
        "Central Bank in Aden announced new measures to regulate exchange companies and "
        "suspended the licences of several money changers. Saudi Arabia, the government's main "
        "backer, has not announced a new deposit since last year.",
        "economy",
    ),
    # Yemen Monitor, 2025
    (
        "Yemen's under-17 team stun Saudi Arabia to reach West Asian final",
        "Yemen's under-17 national football team beat hosts Saudi Arabia 2-1 on Wednesday to "
        "reach the final of the West Asian Football Federation championship, sparking "
        "celebrations in Aden, Sanaa, Taiz and Marib. Forward Ahmed Al-Sarori scored the winning "
        "goal in the 81st minute with a low shot after a counter-attack down the left, minutes "
        "after the Saudis had equalised. The young team, whose players come from both "
        "Houthi-controlled and government-held areas, prepared for the tournament in a training "
        "camp in Egypt because there are no suitable facilities at home. “These boys trained on "
        "sand pitches. Tonight they beat a team with every facility in the world,” the team's "
        "coach said after the match. Fans gathered in cafés and public squares to watch the "
        "match on television, and many drove through the streets honking their horns after the "
        "final whistle. The Yemen Football Association said it would ask the authorities to "
        "allow the players to return home through Aden airport for a reception. Yemen's youth "
        "teams have won several regional titles in recent years despite the country's long war, "
        "offering rare moments of shared joy. The final will be played on Saturday against "
        "Jordan.",
        "sport",
    ),
]
