"""dev19 texts: Sahel: Burkina Faso, Mali, Niger; Nigeria; West Africa, coast and Lake Chad.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- Sahel: Burkina Faso, Mali, Niger
    (
        "Boucle du Mouhoun: army says more than 100 terrorists neutralised",
        "The Armed Forces of Burkina Faso neutralised [[more than 100 terrorists|killed;a=a communiqué of the Army General Staff]] during an offensive in the Boucle du Mouhoun region, according to a communiqué of the Army General Staff. "
        "[[Four soldiers|killed;a=the communiqué;alt=a communiqué of the Army General Staff;alt=the Army General Staff]] and [[two Volunteers|killed;a=the communiqué;alt=a communiqué of the Army General Staff;alt=the Army General Staff]] for the Defence of the Homeland lost their lives, the communiqué specified. "
        "Important war material was recovered, among it [[17 motorcycles|other]] and [[a dozen rifles|other]].",
    ),
    (
        "Barsalogho: families still count their dead a week after the attack",
        "Relatives say [[more than 400 persons|killed;a=Relatives]] were killed on {{24 August}} when JNIM fighters attacked residents digging trenches around Barsalogho, in the Centre-Nord region. "
        "The government has not given a toll. "
        "A local official, who asked not to be named, told our correspondent that [[hundreds of wounded|injured;a=A local official]] were evacuated to Kaya.",
    ),
    (
        "Bamako attack: toll reaches 77 dead, security sources say",
        "The toll of the attack of {{Tuesday}} against the gendarmerie school of Faladié and the military airport of Bamako rose to [[77 dead|killed;a=security sources]] and [[255 wounded|injured;a=security sources]], security sources said. "
        "The JNIM, linked to al-Qaeda, claimed to have killed [[hundreds of soldiers|killed;a=The JNIM]].",
    ),
    (
        "Niger: 29 soldiers killed in Tahoua region, Defence Ministry says",
        "[[Twenty-nine soldiers|killed;a=the Ministry of Defence]] were killed and [[two|injured;a=the Ministry of Defence]] injured in a complex attack by [[more than 200 terrorists|combatants;a=the Ministry of Defence]] near Tassia, in the Tahoua region, the Ministry of Defence said in a communiqué read on the public television. "
        "[[Dozens of terrorists|killed;a=the ministry;alt=the Ministry of Defence]] were neutralised, the ministry added.",
    ),
    (
        "Burkina: 5,319 schools closed because of insecurity",
        "[[5,319 schools|other;a=the Ministry of National Education]] remained closed because of insecurity at the end of {{March}}, affecting [[more than 1 million pupils|civilians;a=the Ministry of National Education]] and [[31,000 teachers|civilians;a=the Ministry of National Education]], according to the Ministry of National Education. "
        "In the Est region alone, [[1,214 schools|other]] are closed.",
    ),
    (
        "Djibo under blockade: 300,000 residents depend on escorted convoys",
        "[[Some 300,000 persons|civilians;a=humanitarian organisations]] live in Djibo, most of them displaced from the surrounding villages, and depend on escorted convoys and airdrops for food, humanitarian organisations say. "
        "The last convoy of [[150 trucks|aid]] reached the town in {{September}} after {{11 days}} on the road. "
        "WFP said it had airlifted [[70 tonnes|aid;a=WFP]] of food since {{January}}.",
    ),
    (
        "Mali: traders killed on road between Songho and Bandiagara",
        "[[At least 26 persons|killed;a=a local elected official]] were killed when armed men attacked vehicles transporting traders on the road between Songho and Bandiagara, a local elected official told our correspondent. "
        "The assailants burned [[four vehicles|other]]. "
        "[[Seven passengers|injured]] were wounded and transported to the hospital of Bandiagara.",
    ),
    (
        "Tinzaouaten: rebels claim heavy losses inflicted on Wagner",
        "The rebels of the CSP-DPA said they killed [[dozens of Wagner mercenaries and Malian soldiers|killed;n=mercenaries and Malian soldiers;a=The rebels of the CSP-DPA]] in three days of fighting near Tinzaouaten, on the Algerian border. "
        "[[Seven of their fighters|killed;a=Mohamed Elmaouloud Ramadane;alt=a spokesman]] also died, a spokesman, Mohamed Elmaouloud Ramadane, said. "
        "A Wagner-linked Telegram channel admitted [[as many as 80 dead|killed;a=A Wagner-linked Telegram channel]].",
        ["three days"],
    ),
    (
        "Burkina launches recruitment of 50,000 VDP",
        "The government has launched the recruitment of [[50,000 Volunteers|combatants;p]] for the Defence of the Homeland (VDP), who will receive {{14 days}} of training before deployment to their communes. "
        "Since {{2020}}, [[more than 90,000 VDP|combatants;a=officials]] have been enrolled, according to officials.",
    ),
    (
        "Tillabéri: OCHA flash update on new displacement from Téra",
        "According to OCHA, [[14,862 people|displaced;a=OCHA]] ([[2,291 households|displaced;a=OCHA]]) fled [[nine villages|other;a=OCHA]] of the Téra department after threats by non-state armed groups between {{3 and 9 March}}. "
        "Priority needs: shelter, food, water. "
        "[[1,870 households|aid]] received food rations from WFP partners. "
        "[[Three sites|capacity]] host the new arrivals in Téra town.",
    ),
    (
        "Niger: Nigerians flee bandit raids into Maradi region",
        "[[About 2,300 Nigerian refugees|displaced;a=UNHCR]] arrived in the Maradi region in {{ten days}} after bandit raids in Sokoto and Zamfara states, UNHCR said. "
        "They join [[some 56 thousand|displaced]] already hosted in the region, {{half of them}} children.",
    ),
    (
        "Mauritania: Mbera camp hosts 110,000 Malian refugees",
        "The Mbera camp, built for [[about 70,000 people|capacity;a=UNHCR]], now hosts [[more than 110,000 Malian refugees|displaced;a=UNHCR]] after [[some 40 thousand new arrivals|displaced;a=UNHCR]] in {{2024}}, UNHCR said. "
        "Water distribution has fallen to {{12 litres}} per person per day.",
    ),
    (
        "Chad: Boko Haram attack on Barkaram base kills some 40 soldiers",
        "[[Some 40 soldiers|killed;a=the Presidency]] were killed in an attack by Boko Haram fighters on the military base of Barkaram, on an island of Lake Chad, the Presidency said in a communiqué on {{Monday}}. "
        "President Mahamat Idriss Déby went to the zone and ordered an operation to pursue the assailants.",
    ),
    (
        "Mali: army and Wagner accused of killing villagers in Ségou region",
        "Soldiers and foreign fighters arrested [[about 30 men|arrested;a=residents and a local association]] at the weekly market of Diafarabé, and [[at least 20 of them|killed;n=-;a=residents and a local association]] were later executed, residents and a local association said. "
        "[[Hundreds of residents|displaced]] fled toward Mopti in the following days.",
    ),
    (
        "Burkina: JNIM attack on Djibo military camp",
        "[[Hundreds of JNIM fighters|combatants;a=security sources]] attacked the military camp and several posts in Djibo early on {{Sunday}}, killing [[dozens of soldiers|killed;a=security sources]] and [[about 50 civilians|killed;a=security sources]], security sources said. "
        "The group claimed on its channels to have taken [[more than 100 weapons|other;a=The group]].",
    ),
    # ---------------------------------------------------------------- Nigeria
    (
        "Zamfara: police rescue 19 kidnapped victims in Maru",
        "The Zamfara State Police Command said its operatives rescued [[19 kidnapped victims|kidnapped;a=The Zamfara State Police Command]], including [[12 women|kidnapped;a=The Zamfara State Police Command]] and [[four children|kidnapped;a=The Zamfara State Police Command]], from a bandits' camp in Maru Local Government Area. "
        "The Police Public Relations Officer, DSP Yazid Abubakar, said [[two suspects|arrested;a=DSP Yazid Abubakar;alt=The Police Public Relations Officer]] were arrested and [[two AK-47 rifles|other;v=2;a=DSP Yazid Abubakar;alt=The Police Public Relations Officer]] recovered.",
    ),
    (
        "Borno: ISWAP kills 40 farmers in Dumba, Zulum says",
        "Borno State Governor Babagana Zulum said [[at least 40 farmers|killed;a=Borno State Governor Babagana Zulum;alt=Babagana Zulum]] were killed by ISWAP insurgents in Dumba community of Kukawa Local Government Area on {{Sunday}}. "
        "Residents said [[about 25 others|missing;n=-;a=Residents]] were still unaccounted for.",
    ),
    (
        "Benue: gunmen kill 17 in Ukum, over 3,000 flee",
        "Suspected armed herders attacked [[three communities|other;u=other;a=Mr Dennis Gbenda;alt=the council chairman]] in Ukum Local Government Area, killing [[17 persons|killed;a=Mr Dennis Gbenda;alt=the council chairman]], the council chairman, Mr Dennis Gbenda, told journalists. "
        "[[Over 3,000 residents|displaced]] have fled to Zaki-Biam and Katsina-Ala town.",
    ),
    (
        "Kuriga: 137 abducted pupils and staff regain freedom",
        "Kaduna State Governor Uba Sani said [[137 hostages|kidnapped;a=Kaduna State Governor Uba Sani;alt=Uba Sani]] abducted from the LEA Primary and Secondary School in Kuriga have been released, including [[76 females|kidnapped;a=Kaduna State Governor Uba Sani;alt=Uba Sani]] and [[61 males|kidnapped;a=Kaduna State Governor Uba Sani;alt=Uba Sani]]. "
        "Residents had earlier put the number of those abducted at [[287|kidnapped;a=Residents]]. "
        "[[One teacher|killed]] died in captivity.",
    ),
    (
        "Plateau: toll of Christmas Eve attacks in Bokkos rises to 198",
        "Gunmen attacked [[17 villages|other]] in Bokkos and Barkin Ladi local government areas on Christmas Eve. "
        "The chairman of Bokkos LGA, Monday Kassah, said on {{Thursday}} the toll had risen to [[198|killed;a=Monday Kassah;alt=The chairman of Bokkos LGA]], with [[more than 300 wounded|injured;a=Monday Kassah;alt=The chairman of Bokkos LGA]]. "
        "[[Over 10,000 people|displaced;a=the State Emergency Management Agency]] are in [[nine IDP camps|capacity;a=the State Emergency Management Agency]], according to the State Emergency Management Agency.",
    ),
    (
        "DHQ: troops neutralise 184 terrorists, arrest 256 in one week",
        "The Director of Defence Media Operations, Major General Edward Buba, said troops neutralised [[184 terrorists|killed;a=Major General Edward Buba;alt=The Director of Defence Media Operations]], arrested [[256 suspects|arrested;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] and rescued [[142 kidnapped hostages|kidnapped;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] in the past week. "
        "He said troops also recovered [[210 assorted weapons|other;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] and [[4,512 rounds|other;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] of ammunition. "
        "In the Niger Delta, troops denied oil thieves an estimated {{N1.2 billion}}, he added.",
    ),
    (
        "Katsina: bandits kill 27 worshippers at dawn prayer",
        "Bandits attacked worshippers during the dawn prayer at a mosque in Unguwan Mantau, Malumfashi LGA, killing [[27 persons|killed;a=the state police command]], the state police command said. "
        "Residents put the toll at [[more than 30|killed;a=Residents]]. "
        "[[Eleven others|injured;n=-]] are receiving treatment at the General Hospital Malumfashi.",
    ),
    (
        "Maiduguri floods: 414,000 displaced after Alau Dam collapse",
        "Floods caused by the collapse of the Alau Dam have displaced [[about 414,000 persons|displaced;a=the Borno State Emergency Management Agency]] in Maiduguri and Jere, the Borno State Emergency Management Agency said. "
        "[[Thirty-seven|killed;a=the agency;alt=the Borno State Emergency Management Agency]] have died, the agency said, and [[over 30 camps|capacity;a=the agency;alt=the Borno State Emergency Management Agency]] have been opened for the displaced. "
        "The zoo lost {{80 percent}} of its animals.",
    ),
    (
        "Kaduna: 61 worshippers abducted from church in Kauru",
        "Gunmen abducted [[about 61 worshippers|kidnapped;a=the Southern Kaduna Peoples Union]] during {{Sunday}} service at a church in Kauru Local Government Area, the Southern Kaduna Peoples Union said. "
        "Police confirmed the attack but said [[only 14|kidnapped;a=Police]] were abducted. "
        "[[One worshipper|killed;a=police]] was shot dead, police added.",
    ),
    (
        "Sokoto: Lakurawa fighters kill 15 villagers in Kebbe",
        "Members of the Lakurawa armed group killed [[15 villagers|killed;a=the Sokoto State Police Command]] and rustled [[over 200 cattle|other;a=the Sokoto State Police Command]] in Mera village, Kebbe LGA, the Sokoto State Police Command said. "
        "[[Four|injured]] were taken to the Usmanu Danfodiyo University Teaching Hospital.",
    ),
    # ---------------------------------------------------------------- West Africa, coast and Lake Chad
    (
        "Benin: 28 soldiers killed at Point Triple post in W park",
        "The army chief of staff, General Fructueux Gbaguidi, said [[28 soldiers|killed;a=General Fructueux Gbaguidi;alt=The army chief of staff]] were killed at the Point Triple post in the W National Park on {{Wednesday}}. "
        "[[Forty assailants|killed;a=General Fructueux Gbaguidi;alt=The army chief of staff]] were also neutralised, he said.",
    ),
    (
        "Conakry: two young men killed in opposition protests",
        "[[Two young men|killed;a=the opposition coalition FNDC;alt=FNDC]] were killed by bullets and [[ten|injured;a=the opposition coalition FNDC;alt=FNDC]] wounded during protests on the Hamdallaye-Bambeto axis on {{Thursday}}, the opposition coalition FNDC said. "
        "Police arrested [[around forty persons|arrested]].",
    ),
    (
        "Bawku: curfew extended after renewed clashes kill eight",
        "[[Eight persons|killed;a=the Upper East Regional Police Command]], including [[two soldiers|killed;a=the Upper East Regional Police Command]], were killed in renewed clashes in Bawku, the Upper East Regional Police Command said. "
        "[[A score of houses|housing]] were set ablaze in the Zongoyiri area. "
        "The Interior Minister extended the curfew, which now runs from {{2 p.m.}} to {{6 a.m.}}",
    ),
    (
        "Cameroon: separatists abduct ten civil servants on Bamenda-Bali road",
        "Separatist fighters abducted [[ten civil servants|kidnapped;a=North-West Governor Adolphe Lele L'Afrique;alt=Adolphe Lele L'Afrique]] on the road between Bamenda and Bali on {{Monday}}, North-West Governor Adolphe Lele L'Afrique said. "
        "The kidnappers are demanding {{5 million CFA francs}} for each of them. "
        "In Batibo, [[three soldiers|killed]] died when their vehicle hit an improvised explosive device.",
    ),
    (
        "Far North Cameroon: Boko Haram kills nine in Mozogo",
        "Boko Haram fighters killed [[nine persons|killed;a=Mr Jean Marc Ekoa Mbarga;alt=the prefect of Mayo-Tsanaga]] and burned [[20 houses|housing;a=Mr Jean Marc Ekoa Mbarga;alt=the prefect of Mayo-Tsanaga]] in a night raid on a village near Mozogo, informed the prefect of Mayo-Tsanaga, Mr Jean Marc Ekoa Mbarga. "
        "[[More than three hundred inhabitants|displaced]] took refuge in Mozogo town.",
    ),
]
