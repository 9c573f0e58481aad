"""dev72 items: the southern Philippines (Marawi, the NPA, the MILF's decommissioning, Abu
Sayyaf, clan wars), Thailand's deep south, Papua, Papua New Guinea and New Caledonia."""

from figset import F

F(
    "Marawi battle toll tops 1,100",
    "The {{five-month}} battle for Marawi killed "
    "[[more than 1,100 people|killed;a=the military]], among them "
    "[[920 militants|killed;a=the military]], "
    "[[165 soldiers and police|killed;n=soldiers and police;a=the military]] and "
    "[[47 civilians|killed;a=the military]], the military said. "
    "[[About 360,000 people|displaced;a=the Department of Social Welfare and Development]] "
    "fled the city and nearby towns, according to the Department of Social Welfare and "
    "Development.",
)

F(
    "Five years on, Marawi families still wait to go home",
    "{{Five years}} after the siege, "
    "[[about 17,000 families|displaced;a=Task Force Bangon Marawi]] remain displaced, Task "
    "Force Bangon Marawi said, "
    "[[some 3,500|displaced;n=-;u=household;a=Task Force Bangon Marawi]] of them in transitory "
    "shelters on the edge of the city. The government has built "
    "[[2,900 permanent shelters|capacity]] for them. The Marawi Compensation Board has "
    "received [[more than 10,000 claims|other;u=other;a=The Marawi Compensation Board]] and "
    "paid out {{1.2 billion pesos}}.",
)

F(
    "Fifty-two NPA rebels surrender in Caraga",
    "[[Fifty-two New People's Army rebels|combatants;a=the army's 4th Infantry Division]] "
    "surrendered in Agusan del Sur and Bukidnon over {{two weeks}}, handing in "
    "[[37 firearms|other;a=the army's 4th Infantry Division]], the army's "
    "{{4th Infantry Division}} said. Each will receive {{65,000 pesos}} under the government's "
    "reintegration programme. [[Fewer than 100 guerrillas|combatants;a=the division;alt=the "
    "army's 4th Infantry Division]] remain in the region, the division said.",
)

F(
    "Former MILF fighters decommissioned ahead of Bangsamoro vote",
    "[[About 26,000 former Moro Islamic Liberation Front combatants|combatants;a=the peace "
    "process office]] have been decommissioned since {{2015}}, together with "
    "[[more than 4,600 weapons|other;a=the peace process office]], the peace process office "
    "said. The last [[14,000|combatants;n=-;p]] are due to lay down their arms before the "
    "{{May 2025}} election, which has since been postponed.",
)

F(
    "Clan feud displaces thousands in Maguindanao del Sur",
    "Fighting between rival Moro Islamic Liberation Front commands displaced "
    "[[about 2,400 families|displaced;a=the Ministry of Social Services and Development]], or "
    "[[some 12,000 people|displaced;a=the Ministry of Social Services and Development]], in "
    "Datu Saudi Ampatuan, the Ministry of Social Services and Development said. They are "
    "staying in [[11 evacuation centres|capacity]] and with relatives, where the ministry has "
    "handed out [[about 3,500 family food packs|aid]]. [[Four farmers|killed]] were killed in "
    "the crossfire.",
)

F(
    "Six militants, two soldiers dead in Lanao del Sur clash",
    "[[Six Dawlah Islamiyah militants|killed;a=the 103rd Infantry Brigade]] and "
    "[[two soldiers|killed;a=the 103rd Infantry Brigade]] were killed in a clash in Piagapo, "
    "Lanao del Sur, the {{103rd Infantry Brigade}} said. [[Five|injured;n=-]] other soldiers "
    "were wounded. Troops recovered [[eight high-powered firearms|other]], including {{M16}} "
    "rifles.",
)

F(
    "Bomb at university Mass kills four",
    "A bomb exploded during a Catholic Mass in the gymnasium of Mindanao State University in "
    "Marawi on {{December 3}}, killing [[four people|killed;a=police]] and wounding "
    "[[at least 50|injured;n=-;a=police]], police said. Islamic State claimed the attack. "
    "[[About 200 students|displaced]] living in dormitories nearby were moved to the campus "
    "grounds.",
)

F(
    "Troops free Indonesian fishermen held in Sulu",
    "Troops rescued [[two Indonesian fishermen|kidnapped;a=the Western Mindanao Command]] held "
    "by Abu Sayyaf gunmen for {{nine months}} in Sulu, after a clash that killed "
    "[[three militants|killed;a=the Western Mindanao Command]], the Western Mindanao Command "
    "said. [[Three|kidnapped;n=-]] other crew members seized from the same trawler were freed "
    "in January.",
)

F(
    "Twin blasts hit cathedral in Jolo",
    "[[Twenty-three people|killed;a=the military]] were killed and "
    "[[more than 100|injured;n=-;a=the military]] wounded when bombs exploded in quick "
    "succession at the Cathedral of Our Lady of Mount Carmel in Jolo during Sunday Mass, the "
    "military said. [[Five soldiers|killed]] guarding the entrance were among the dead.",
)

F(
    "Two decades of the deep south insurgency",
    "Violence in Thailand's southern border provinces has killed "
    "[[more than 7,600 people|killed;a=Deep South Watch]] and wounded "
    "[[over 14,000|injured;n=-;a=Deep South Watch]] since {{January 2004}}, according to Deep "
    "South Watch. The army says [[some 60,000 soldiers, rangers and "
    "police|combatants;n=soldiers, rangers and police;a=The army]] are deployed in Pattani, "
    "Yala and Narathiwat.",
)

F(
    "Rangers killed by roadside bomb in Narathiwat",
    "A roadside bomb killed "
    "[[two rangers|killed;a=the Internal Security Operations Command Region 4]] and wounded "
    "[[three|injured;n=-;a=the Internal Security Operations Command Region 4]] on a patrol in "
    "Rueso district, the Internal Security Operations Command {{Region 4}} said. Hours later, "
    "gunmen shot dead [[three defence volunteers|killed]] at a checkpoint on {{Route 42}}.",
)

F(
    "Insurgents target schools and teachers",
    "Insurgents have killed [[more than 180 teachers|killed;a=the Teachers' Federation]] and "
    "burned [[about 300 schools|housing;a=the Teachers' Federation]] in the deep south since "
    "{{2004}}, the Teachers' Federation said, after "
    "[[two teachers|killed;a=the Teachers' Federation]] were shot dead on their way to a "
    "school in Yala. Soldiers now escort [[around 1,000 teachers|other]] to their schools.",
)

F(
    "Rebels say they killed gold miners in Yahukimo",
    "The West Papua National Liberation Army said it killed "
    "[[11 gold miners|killed;a=The West Papua National Liberation Army]] it accused of spying "
    "for the military in Yahukimo regency. Police said they had evacuated "
    "[[about 30 other miners|displaced;a=Police]] by helicopter and recovered "
    "[[seven bodies|killed;a=Police]] so far.",
)

F(
    "Soldiers killed in Nduga ambush during hunt for pilot",
    "[[At least four soldiers|killed;a=the military]] were killed and "
    "[[nine|missing;n=-;a=the military]] are missing after rebels attacked troops searching "
    "for a kidnapped New Zealand pilot in Mugi district, Nduga, the military said. "
    "[[Thirty-six soldiers|combatants]] had been sent to the area {{three days}} earlier. The "
    "pilot was freed after {{19 months}} in captivity.",
)

F(
    "Papua fighting leaves tens of thousands displaced, UN experts say",
    "Fighting between the military and rebels has displaced "
    "[[between 60,000 and 100,000 Papuans|displaced;a=UN experts]] since {{2018}}, UN experts "
    "said, many of them living in the forest without food or medicine. In Intan Jaya alone, "
    "[[more than 4,000 villagers|displaced;a=the local church]] have fled their villages, the "
    "local church said.",
)

F(
    "Dozens killed in Enga tribal ambush",
    "Police said they had recovered [[at least 64 bodies|killed;a=Police]] from roadsides and "
    "a hillside near Wapenamanda in Enga province after an ambush between rival tribes. Prime "
    "Minister James Marape said he would send [[up to 100 more soldiers and "
    "police|combatants;p;n=soldiers and police;a=Prime Minister James Marape]] to the "
    "Highlands. Fighters used {{AR-15}} rifles, police said.",
)

F(
    "Hela clashes burn hundreds of houses",
    "Tribal fighting in Hela province has destroyed "
    "[[more than 300 houses|housing;a=a provincial administrator]] and forced "
    "[[about 1,500 villagers|displaced;a=a provincial administrator]] to flee to Tari, a "
    "provincial administrator said. [[Nine people|killed]] have been killed since the feud "
    "reignited {{three weeks}} ago. In Karida village, [[30-40 houses|housing]] were burned in "
    "a single night.",
)

F(
    "France flies in more police to New Caledonia",
    "France is flying [[another 1,000 police and gendarmes|combatants;n=police and "
    "gendarmes;a=Interior Minister Gérald Darmanin]] to New Caledonia, bringing the force to "
    "[[about 2,700|combatants;n=-;a=Interior Minister Gérald Darmanin]], Interior Minister "
    "Gérald Darmanin said, as riots entered a {{third}} night. [[Five people|killed]] have "
    "died, including [[two gendarmes|killed]], and [[more than 200|arrested;n=-]] have been "
    "arrested.",
)

F(
    "Riots leave New Caledonia's economy in ruins",
    "[[More than 500 businesses|housing;u=structure;a=the chamber of commerce]] were burned or "
    "looted in Nouméa and its suburbs, the chamber of commerce said, with damage put at "
    "{{2.2 billion euros}} and [[about 7,000 jobs|other;u=other;a=the chamber of commerce]] "
    "lost. Prosecutors said [[about 2,500 people|arrested;a=Prosecutors]] have been arrested "
    "since {{May 13}}. A curfew runs from {{6 p.m.}} to {{6 a.m.}}",
)

F(
    "New Caledonia unrest toll rises to 13",
    "The death toll from the unrest in New Caledonia rose to "
    "[[13|killed;n=-;a=the high commission]] after a man wounded in a police operation at "
    "Saint-Louis died, the high commission said. [[Two gendarmes|killed]] are among the dead. "
    "[[More than 3,500 police and gendarmes|combatants;n=police and gendarmes]] are deployed. "
    "Rioters have burned [[about 200 vehicles|other]] since the unrest began.",
)

F(
    "Marawi marks anniversary as rebuilding lags",
    "Residents of Marawi marked the anniversary of the siege on {{May 23}} with prayers in the "
    "rebuilt Grand Mosque. The {{153-day}} battle began in {{2017}} when troops tried to "
    "arrest an Abu Sayyaf leader. Congress has set aside {{P60 billion}} for compensation, and "
    "the deadline for claims was extended to {{2026}}.",
)

F(
    "Road workers killed in Nduga, police say",
    "Police said rebels had killed [[at least 19 construction workers|killed;a=Police]] "
    "building the Trans-Papua highway in Nduga, and that [[a dozen|missing;n=-;a=Police]] "
    "remain unaccounted for. The military flew [[several hundred troops|combatants]] into the "
    "regency, and [[about 2,000 villagers|displaced]] fled to Wamena.",
)
