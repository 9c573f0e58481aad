"""dev39 negatives: crime, policing and courts; sport. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Mexican navy dismantles fentanyl laboratory in Sinaloa",
        "Mexican marines found and dismantled a clandestine laboratory producing fentanyl pills in the hills outside Culiacán, seizing about 1.2 tonnes of chemicals, the navy said. No arrests were made. The navy estimated the lab could turn out hundreds of thousands of pills a day.",
        "crime",
    ),
    (
        "German police see no political motive in Bielefeld stabbing",
        "A man stabbed four people outside a bar in Bielefeld late on Saturday before being arrested, German police said, adding that they had found no evidence of a political or religious motive and that the suspect knew one of the victims.",
        "crime",
    ),
    (
        "Two students killed in shooting at Finnish school; suspect detained",
        "A 15-year-old student shot dead two classmates and wounded a teacher at a secondary school in Vantaa before being detained, Finnish police said. Investigators said the suspect had been bullied and had no links to any group.",
        "crime",
    ),
    (
        "Brazilian police arrest suspected leader of car-theft ring",
        "Police in São Paulo arrested a man they say ran a ring that stole luxury cars and shipped them to Bolivia and Paraguay, and recovered 23 vehicles from warehouses on the city's outskirts.",
        "crime",
    ),
    (
        "Robbers blow up cash van on South African highway",
        "Armed robbers used explosives to blow open a cash-in-transit van on the N1 highway north of Johannesburg and escaped with an undisclosed sum, South African police said. Two security guards were treated for injuries.",
        "crime",
    ),
    (
        "Italian police arrest 42 in raids against 'Ndrangheta",
        "Italian police arrested 42 people in raids in Calabria, Lombardy and Germany against a clan of the 'Ndrangheta mafia accused of drug trafficking, extortion and money laundering, prosecutors in Reggio Calabria said.",
        "crime",
    ),
    (
        "Former Liberian rebel commander convicted of war crimes in Paris",
        "A Paris court convicted a former Liberian rebel commander of complicity in crimes against humanity for killings and torture of civilians during the civil war of the 1990s, and sentenced him to life in prison. Survivors travelled from Lofa county to testify.",
        "crime",
    ),
    (
        "Europol takes down ransomware gang's servers",
        "Police from nine countries seized servers and arrested three suspects in an operation against a ransomware group blamed for attacks on hospitals and city councils across Europe, Europol said.",
        "crime",
    ),
    (
        "Thieves steal gold coins from museum in Dresden",
        "Thieves broke into a museum in Dresden overnight and stole a collection of 18th-century gold coins from a display case, police said, appealing for witnesses. Alarms went off but the thieves fled before officers arrived.",
        "crime",
    ),
    (
        "Thai police free 60 trafficked workers from fishing boats",
        "Thai police freed 60 men from Myanmar and Cambodia who had been forced to work on fishing boats without pay in Songkhla province, and arrested four boat owners on human trafficking charges.",
        "crime",
    ),
    (
        "Kidnapped businessman freed in Johannesburg, four suspects arrested",
        "South African police freed a businessman who had been kidnapped outside his home in Johannesburg and held for ransom for five days, and arrested four suspects in a raid on a house in Soweto.",
        "crime",
    ),
    (
        "Philippines: ICC confirms charges hearing for Duterte",
        "Judges at the International Criminal Court set a date for a hearing to confirm charges of crimes against humanity against former Philippine president Rodrigo Duterte over killings during his anti-drug campaign. His lawyers argue he is unfit to stand trial.",
        "crime",
    ),
    (
        "Salah strikes twice as Liverpool beat Atlético",
        "Mohamed Salah scored twice in the second half as Liverpool came from behind to beat Atlético Madrid 3-2 at Anfield in the Champions League, with the visitors' defence cracking under sustained attack in the final 20 minutes. The win took Liverpool to the top of the league table.",
        "sport",
    ),
    (
        "Pakistan's pace attack rips through South Africa in Lahore",
        "Pakistan's fast bowlers bowled South Africa out for 142 on the first day of the second Test in Lahore, with Shaheen Shah Afridi taking five wickets, before the home side closed on 61 for one.",
        "sport",
    ),
    (
        "Alcaraz battles past Sinner in five-set thriller",
        "Carlos Alcaraz fought back from two sets down to beat Jannik Sinner in a final lasting nearly five and a half hours, saving three championship points in the fourth set.",
        "sport",
    ),
    (
        "Verstappen fights back from pit lane to finish third in Brazil",
        "Max Verstappen started from the pit lane after an engine change and fought his way through the field to finish third at Interlagos, keeping his slim title hopes alive.",
        "sport",
    ),
    (
        "Springboks' defence holds firm to beat All Blacks in Wellington",
        "South Africa's defence held out under a late All Blacks siege to win 24-17 in Wellington, their first victory there in more than a decade, with the replacement forwards winning two turnovers near their own line.",
        "sport",
    ),
    (
        "Kenyan runner breaks women's marathon world record in Chicago",
        "Kenya's Ruth Chepngetich broke the women's marathon world record in Chicago, finishing in 2 hours 9 minutes 56 seconds and beating the previous mark by almost two minutes.",
        "sport",
    ),
    (
        "Police arrest 30 after rival fans fight before Buenos Aires derby",
        "Police in Buenos Aires fired rubber bullets and arrested 30 people after rival fans of Boca Juniors and River Plate fought with sticks and bottles near the stadium before the derby, which started 40 minutes late.",
        "sport",
    ),
    (
        "Pogacar attacks on final climb to win Tour of Lombardy again",
        "Tadej Pogacar attacked 36 km from the finish and rode alone to win the Tour of Lombardy for a fifth straight year, nearly two minutes ahead of Remco Evenepoel.",
        "sport",
    ),
    (
        "Sudan qualify for Africa Cup of Nations despite war at home",
        "Sudan's national football team qualified for the Africa Cup of Nations with a goalless draw in Benghazi, a remarkable achievement for a squad that has played all its home games abroad since the war began, the coach said.",
        "sport",
    ),
    (
        "Ryder Cup captains trade shots in war of words before Bethpage",
        "The US and European Ryder Cup captains traded barbs over course set-up and crowd behaviour in a war of words before the matches at Bethpage Black, where home fans are expected to be loud.",
        "sport",
    ),
    (
        "Gukesh defends world chess title in tiebreak",
        "India's Gukesh Dommaraju retained his world chess championship title by winning a rapid tiebreak after the classical games ended level, launching a decisive kingside attack in the final game.",
        "sport",
    ),
]
