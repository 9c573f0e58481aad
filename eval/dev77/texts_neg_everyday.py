"""dev77 negatives: football, arms, drills and parades, the economy and everyday news."""

NEGATIVES = [
    (
        "Wydad attack breaks Raja defence late in Casablanca derby",
        "Wydad's attack finally broke through Raja's defence in the 88th minute to win the Casablanca derby 1-0 on Sunday, lifting the club to the top of the league. Raja's coach said his side had been under siege for most of the second half. Fans of both clubs staged huge displays before kick-off.",
        "sport",
    ),
    (
        "Rival fans fight outside Rades stadium after Tunis derby",
        "Fans of Esperance and Club Africain clashed with stones and sticks outside the Rades stadium after the Tunis derby on Sunday, and police arrested 25 people, the interior ministry said. Several cars were damaged and a dozen people were treated for minor injuries. The league ordered the next derby to be played without spectators.",
        "sport",
    ),
    (
        "Iraq wins Gulf Cup in Basra in front of packed stadium",
        "Iraq beat Oman 3-2 after extra time to win the Arabian Gulf Cup in Basra on Thursday, setting off celebrations across the country. The tournament was the first held in Iraq in more than four decades. The striker who scored the winner was carried around the pitch by fans. Security forces deployed in large numbers around the stadium, and no incidents were reported.",
        "sport",
    ),
    (
        "Ahly and Zamalek set for battle for the title in Cairo derby",
        "Al Ahly and Zamalek meet in the Cairo derby on Saturday in what both coaches call the battle for the title, with the two clubs level on points. The match will be played with a limited number of fans. Zamalek's striker is fit again after injury. Fans of both clubs were kept out of stadiums for years after the deadly riot at Port Said in 2012.",
        "sport",
    ),
    (
        "Persepolis and Esteghlal draw in goalless Tehran derby",
        "Persepolis and Esteghlal played out a goalless draw in the Tehran derby on Friday, with both defences on top at Azadi Stadium. Women were allowed into the stands for the second time this season.",
        "sport",
    ),
    (
        "Morocco's defence carries Atlas Lions into World Cup semi-final",
        "Morocco beat Portugal 1-0 in Doha to become the first African side to reach a World Cup semi-final, with its defence conceding only one goal in five matches. Hundreds of thousands of fans celebrated in Rabat, Casablanca and across the Arab world. The king called the coach to congratulate the team.",
        "sport",
    ),
    (
        "Morocco buys Turkish combat drones and Israeli air defence systems",
        "Morocco has received the first batch of Turkish-made Bayraktar combat drones and signed a contract for an Israeli air defence system, defence industry sources said. Analysts said the purchases were part of an arms race with Algeria. The kingdom's defence budget rose by nearly 10% this year.",
        "military",
    ),
    (
        "Iran shows off missiles and drones at Army Day parade",
        "Iran displayed ballistic missiles, rocket launchers, attack drones and air defence systems at its annual Army Day parade in Tehran on Tuesday, state television showed. The president warned that any attack on Iran would meet a crushing response. Jets and helicopters flew over the parade. State television said a new drone on display could fly 2,000 kilometres.",
        "military",
    ),
    (
        "Egyptian navy commissions new frigate in Alexandria",
        "Egypt's navy commissioned a new frigate built under a deal with Germany at a ceremony in Alexandria on Sunday, attended by the commander-in-chief. The ship carries anti-ship missiles and will protect gas fields in the Mediterranean, the military spokesman said. It is the fourth such vessel delivered.",
        "military",
    ),
    (
        "Jordan hosts Eager Lion exercise with thousands of troops",
        "Thousands of troops from more than 20 countries began the Eager Lion exercise in Jordan on Sunday, training in border security, counter-terrorism and response to chemical attacks. US and Jordanian special forces carried out a simulated raid on a desert compound. The drills run for two weeks. Jordanian officials said the exercise was not aimed at any country.",
        "military",
    ),
    (
        "Iran, Russia and China hold naval drills in Gulf of Oman",
        "Warships from Iran, Russia and China began joint naval drills in the Gulf of Oman on Monday, practising search and rescue and firing at sea targets, Iranian state media said. Iran's navy said the drills showed that the region did not need foreign forces. The exercise lasts five days.",
        "military",
    ),
    (
        "Algerian army stages live-fire drills near Moroccan border",
        "Algeria's army held large live-fire exercises in the southwest near the border with Morocco, with tanks, rocket launchers, artillery and attack helicopters, the defence ministry said. The army chief watched the drills. Moroccan media called them a show of force, but no incidents were reported on the border.",
        "military",
    ),
    (
        "Iraq takes delivery of F-16 jets and Korean air defence",
        "Iraq received the last batch of F-16 fighter jets from the United States on Tuesday and signed a contract for South Korean air defence systems, the defence ministry said. The jets will be based at Balad air base. Officials said the purchases would reduce Iraq's need for coalition air support.",
        "military",
    ),
    (
        "Kuwait brings back military service for young men",
        "Kuwait brought back compulsory military service for men aged 18 to 35, and the first 1,500 recruits reported to training camps on Sunday, the defence ministry said. Service lasts one year.",
        "military",
    ),
    (
        "Egypt lets pound fall to record low in bid for IMF deal",
        "Egypt's central bank let the pound fall to a record low against the dollar on Wednesday and raised interest rates, as it sought a new loan from the International Monetary Fund. Prices of imported goods rose immediately. The government said it would raise pensions to soften the blow. Economists said inflation could exceed 30% within months.",
        "economy",
    ),
    (
        "Fuel shortages leave Lebanese queuing for hours at petrol stations",
        "Drivers queued for hours at petrol stations across Lebanon on Friday as fuel shortages worsened, and many stations closed because they had run out. Soldiers were posted at some stations to organise the queues. Hospitals warned that generators would soon stop. The central bank said it could no longer fund fuel imports at the official rate.",
        "economy",
    ),
    (
        "Gulf airlines' price war pushes fares to record lows",
        "A price war between Gulf airlines has pushed fares between Dubai, Doha and Riyadh to record lows, as budget carriers attack the market shares of the big state-owned airlines. Analysts said the fare cuts would hit profits. Travel agents reported a surge in bookings.",
        "economy",
    ),
    (
        "Kurdish refugee's bakery becomes a favourite in Hamburg",
        "A bakery opened by a Kurdish refugee from Duhok in Hamburg has become a favourite with locals, who queue on weekends for his flatbreads and kulicha biscuits. He arrived in Germany as a teenager and trained as a baker. He now employs eight people, including other refugees.",
        "other",
    ),
    (
        "Riyadh Season draws record crowds to concerts and shows",
        "Riyadh Season drew more than 12 million visitors to its concerts, shows and restaurants this year, the General Entertainment Authority said. The festival is part of the kingdom's plan to diversify its economy away from oil. Next year's edition will add a theme park.",
        "other",
    ),
    (
        "Iran puts satellite into orbit on Revolutionary Guards' rocket",
        "Iran's Revolutionary Guards launched a military satellite into orbit on a solid-fuel rocket from a desert site in Semnan province on Wednesday, state media said. Western governments said the programme could help Iran develop longer-range missiles. Tehran said the launch was for communications and observation.",
        "military",
    ),
    (
        "Millions of pilgrims reach Karbala for Arbaeen under tight security",
        "Millions of Shia pilgrims, many of them from Iran and the Gulf, reached Karbala on foot for the Arbaeen ceremonies on Saturday, Iraqi officials said. Tens of thousands of security forces were deployed along the roads from Basra and Najaf, and drones watched over the crowds. The health ministry said the pilgrimage passed without major incidents.",
        "other",
    ),
]
