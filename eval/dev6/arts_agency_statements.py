"""dev6 items: short agency and ministry statements (arrivals, returns, evacuations,
attacks) and Security Council briefings, then mixed communiques, part 2 (disappearances,
missing persons, bodies under rubble, damage, camp consolidation, arrivals, combatants).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- short agency statements

F(
    "UNHCR Sudan: arrivals in South Sudan through Joda",
    "UNHCR said [[more than 1,000 people a day|displaced;a=UNHCR]] were crossing into South Sudan at Joda, {{about 70 per cent}} of them South Sudanese returnees. "
    "[[Some 4,500 people|displaced]] are waiting at the Renk transit centre, built for [[3,000|capacity]].",
)

F(
    "South Sudan RRC: returnees from Sudan in Renk",
    "The Relief and Rehabilitation Commission said [[over 600,000 South Sudanese returnees|returned;a=The Relief and Rehabilitation Commission]] had crossed back from Sudan since the war began, along with [[190,000 Sudanese refugees|displaced;a=The Relief and Rehabilitation Commission]]. "
    "IOM has transported [[about 85,000 returnees|returned]] onward by boat and road to Malakal and Juba.",
)

F(
    "Pakistan interior ministry: second phase of repatriation",
    "The interior ministry said [[over 800,000 Afghan Citizen Card holders|returned;p;a=The interior ministry]] would be repatriated in the second phase, after [[some 541,000 undocumented Afghans|returned;a=The interior ministry]] left in the first. "
    "Police in Islamabad detained [[1,100 Afghans|arrested;a=the ministry;alt=The interior ministry]] in a week of raids, the ministry said.",
)

F(
    "Iran: Ministry of Interior on Afghan departures",
    "Iran's Ministry of Interior announced that [[more than 1.2 million undocumented Afghan nationals|returned;a=Iran's Ministry of Interior]] had left the country since {{March}}, {{about half}} of them deported. "
    "UNHCR said [[around 30,000 people a day|returned;a=UNHCR]] crossed at Islam Qala at the peak in {{July}}.",
)

F(
    "Myanmar: UNHCR regional update on Rakhine displacement",
    "UNHCR estimates that [[over 3.5 million people|displaced;a=UNHCR]] are internally displaced in Myanmar, including [[about 600,000|displaced;a=UNHCR]] in Rakhine State. "
    "Bangladesh authorities said [[some 70,000 Rohingya|displaced;a=Bangladesh authorities]] had arrived in Cox's Bazar since {{November}}, and that border guards had pushed back [[about 1,000|returned;a=Bangladesh authorities]].",
)

F(
    "Haiti: IOM statement on deportations from the Dominican Republic",
    "IOM said Dominican authorities deported [[more than 276,000 Haitians|returned;a=IOM]] in {{2024}}, including [[some 10,000 unaccompanied children|returned;a=IOM]]. "
    "The organization provided reception assistance to [[67,000 returnees|aid]] at the Belladère and Ouanaminthe border points.",
)

F(
    "Ukraine: Ministry of Reintegration on evacuations from Donetsk oblast",
    "The Ministry for the Reintegration of the Temporarily Occupied Territories reported that [[1,346 people|displaced;a=The Ministry for the Reintegration of the Temporarily Occupied Territories]] were evacuated from frontline communities of Donetsk oblast over the past week, [[176|displaced;a=The Ministry for the Reintegration of the Temporarily Occupied Territories]] of them children. "
    "The mandatory evacuation now covers [[about 15,000 people|displaced;p;a=officials]], officials said.",
)

F(
    "Israel: Home Front Command and municipal evacuation figures",
    "The Ministry of Defense said [[some 60,000 residents|displaced;a=The Ministry of Defense]] of communities near the northern border remained evacuated and were staying in [[about 200 hotels|capacity;u=structure;a=The Ministry of Defense]] and guesthouses. "
    "The government extended state-funded accommodation for [[18,000 households|aid;p]] until the end of {{February}}.",
)

F(
    "Kenya: Interior ministry update on Lamu attacks",
    "The Ministry of Interior said [[about 500 KDF soldiers|combatants;a=The Ministry of Interior]] had been deployed to Boni forest after al-Shabaab militants killed [[six people|killed;a=The Ministry of Interior]] and torched [[18 houses|housing;a=The Ministry of Interior]] in Lamu county. "
    "The Kenya Red Cross said [[238 households|displaced;a=The Kenya Red Cross]] were sheltering at Witu primary school.",
)

F(
    "Mozambique: Cabo Delgado provincial government on insurgent attacks",
    "The Cabo Delgado provincial government reported that insurgents attacked [[12 villages|other;a=The Cabo Delgado provincial government]] in Chiure district, forcing [[over 67,000 people|displaced;a=The Cabo Delgado provincial government]] to flee. "
    "[[Seventy schools|other;a=The Cabo Delgado provincial government]] were closed, it said, affecting [[some 45,000 pupils|civilians;a=The Cabo Delgado provincial government]].",
)

F(
    "Sahel: ICRC statement on detention visits in Mali",
    "In Mali, the ICRC visited [[2,860 detainees|arrested]] in [[19 places of detention|other;u=structure;n=places]] last year, and helped [[437 people|other]] restore contact with their families. "
    "It also distributed seeds and tools to [[about 30,000 households|aid]].",
)

F(
    "Nigeria: NEMA statement on arrivals in Maiduguri",
    "The National Emergency Management Agency (NEMA) said it had received [[5,200 new arrivals|displaced;a=The National Emergency Management Agency (NEMA)]] from Marte and Dikwa at the Muna Garage camp, bringing its population to [[over 48,000|displaced;a=The National Emergency Management Agency (NEMA)]]. "
    "The agency distributed [[3,000 bags of rice|aid;n=bags]] and [[1,500 mats|aid;u=other]].",
)

F(
    "UN Security Council briefing: Special Representative on Libya",
    "The Special Representative told the Council that clashes in Tripoli in {{May}} had killed [[at least 40 civilians|killed;a=The Special Representative]] and forced [[some 3,000 families|displaced;a=The Special Representative]] from their homes. "
    "She said [[more than 4,000 migrants|arrested;a=The Special Representative]] were held in official detention centres.",
)

F(
    "UN Security Council briefing: Special Envoy for Yemen",
    "The Special Envoy informed the Council that [[more than 4.5 million Yemenis|displaced;a=The Special Envoy]] remain displaced and that [[17.6 million|civilians;a=The Special Envoy]] need food assistance. "
    "Houthi authorities continue to detain [[13 UN personnel|arrested]].",
)

F(
    "UN Security Council briefing: Emergency Relief Coordinator on Haiti",
    "The Emergency Relief Coordinator said [[over 1 million people|displaced;a=The Emergency Relief Coordinator]] were now internally displaced in Haiti, triple the number a year ago, and that [[about 5.7 million|civilians;a=The Emergency Relief Coordinator]] faced acute food insecurity. "
    "Gangs control {{about 90 per cent}} of the capital.",
)

# ---------------------------------------------------------------- mixed communiques, part 2

F(
    "Mexico: Sinaloa state prosecutor's office on disappearances",
    "The Sinaloa State Prosecutor's Office said it had opened files on [[1,187 people|missing;a=The Sinaloa State Prosecutor's Office]] reported missing since the split within the cartel began, while [[about 1,200 homicides|killed;a=The Sinaloa State Prosecutor's Office]] were recorded in the same period. "
    "The Defence Ministry sent [[an additional 600 soldiers|combatants;a=The Defence Ministry]] to Culiacan, it said.",
)

F(
    "Syria: Ministry of Interior on coastal violence",
    "The Syrian Network for Human Rights documented [[at least 803 extrajudicial killings|killed;u=person;a=The Syrian Network for Human Rights]] in the coastal governorates between {{6 and 10 March}}. "
    "The Ministry of Interior said [[over 200 security personnel|killed;a=The Ministry of Interior]] had been killed by armed remnants and that [[more than 21,000 people|displaced;a=The Ministry of Interior]] had fled to the Hmeimim base and to Lebanon.",
)

F(
    "Lebanon: UNHCR on Syrian arrivals after coastal violence",
    "UNHCR said [[nearly 10,000 Syrians|displaced;a=UNHCR]] had crossed into northern Lebanon through informal crossings, most of them women and children, and were being hosted in [[about 20 villages|other;a=UNHCR]] in Akkar.",
)

F(
    "Ukraine: Coordination Centre on missing persons",
    "According to the Commissioner for Persons Missing under Special Circumstances, [[more than 63,000 people|missing;a=the Commissioner for Persons Missing under Special Circumstances]] are registered as missing, including civilians and servicemen. "
    "The ICRC Central Tracing Agency has clarified the fate of [[over 8,000 persons|other;a=The ICRC Central Tracing Agency]], the agency said.",
)

F(
    "Gaza Civil Defence statement on bodies under rubble",
    "The Civil Defence said its crews had recovered [[112 bodies|killed;a=The Civil Defence]] from the rubble in Rafah since the ceasefire, and that [[an estimated 10,000 people|missing;a=The Civil Defence]] were still missing under destroyed buildings. "
    "[[More than 60,000 housing units|housing;a=the Civil Defence]] were destroyed in the governorate, according to the Civil Defence.",
)

F(
    "UN-Habitat damage assessment: Gaza",
    "The UN satellite centre UNOSAT identified [[163,778 damaged structures|housing;a=The UN satellite centre UNOSAT]] in the Gaza Strip, of which [[52,564|housing;u=structure;a=The UN satellite centre UNOSAT]] were destroyed. "
    "This corresponds to around {{66 per cent}} of all structures.",
)

F(
    "Turkey-Syria border: Kilis governor's office on camp consolidation",
    "The Kilis governor's office said the [[two container camps|capacity;a=The Kilis governor's office]] in the province, built for [[up to 16,000 people|capacity;a=The Kilis governor's office]], would be merged and that [[about 4,000 residents|displaced;p;a=The Kilis governor's office]] would move to the Elbeyli camp. "
    "[[Some 1,800 Syrians|returned;a=the office;alt=The Kilis governor's office]] went back through the Oncupinar crossing last month, the office said.",
)

F(
    "Chad: CNARR registration in Ouaddai",
    "The National Commission for the Reception and Reintegration of Refugees and Returnees (CNARR) said [[48,000 Chadian returnees|returned;a=The National Commission for the Reception and Reintegration of Refugees and Returnees (CNARR)]] from Sudan had been registered in Ouaddai, in addition to the refugees. "
    "A new camp with room for [[50,000 people|capacity;p]] is planned at Dougui.",
)

F(
    "Burundi: Interior ministry on Congolese arrivals at Gatumba",
    "Burundi's interior ministry said [[some 40,000 Congolese|displaced;a=Burundi's interior ministry]] had crossed at Gatumba and through the Rusizi river in {{two weeks}} after the fall of Bukavu, and that [[at least 3|killed;a=Burundi's interior ministry]] drowned during the crossing. "
    "[[About 9,000|displaced]] were being relocated to Musenyi site, which has space for [[10,000|capacity]].",
)

F(
    "Rwanda: government statement on Goma combatants handed over",
    "The Government of Rwanda said it had received [[about 280 mercenaries|other;a=The Government of Rwanda]] who surrendered in Goma and would repatriate them to Europe. "
    "It said [[more than 2,000 FARDC soldiers|arrested;a=The Government of Rwanda]] had surrendered to {{M23}} with their weapons and were being held in the city stadium.",
    [],
)

F(
    "DRC: Health ministry toll from the fighting in Goma",
    "The Ministry of Public Health said [[at least 2,900 bodies|killed;a=The Ministry of Public Health]] had been collected in Goma, while [[about 2,880 people|injured;a=The Ministry of Public Health]] were being treated in hospitals in the city. "
    "[[Some 4,000 inmates|other]] escaped from Munzenze prison during the fighting.",
)

F(
    "Nigeria: Kebbi police command on Lakurawa attacks",
    "The Kebbi State Police Command said [[15 persons|killed;a=The Kebbi State Police Command]] were killed and [[over 2,000 head|other;u=other;a=The Kebbi State Police Command]] of cattle rustled when Lakurawa elements attacked Mera village. "
    "[[Two hundred mobile police|combatants;a=the command;alt=The Kebbi State Police Command]] have been deployed, the command said.",
)
