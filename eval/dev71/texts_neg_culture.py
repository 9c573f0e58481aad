"""dev71 negatives: cricket, boxing, rugby league, football, kabaddi and hockey in the language of
war; films, series, novels, memoirs and exhibitions about war."""

NEGATIVES = [
    (
        "Shaheen leads attack as Pakistan bowl Australia out for 163",
        "Shaheen Shah Afridi led a fiery bowling attack with three wickets as Pakistan bowled "
        "Australia out for 163 in the second ODI in Adelaide on Friday. Haris Rauf's short ball "
        "made the top order look under siege, and only Steve Smith battled for long, scoring 35. "
        "Pakistan chased the target with 26 overs to spare.",
        "sport",
    ),
    (
        "Bumrah's spell leaves Australia under siege in Perth",
        "Jasprit Bumrah tore through the Australian top order with four wickets on the second "
        "day of the first Test in Perth, leaving the hosts 67 for 7 at stumps. Marnus "
        "Labuschagne battled for 52 balls for two runs before falling leg before. Earlier, India "
        "were bowled out for 150 on a lively pitch. Australia's captain admitted his batters had "
        "been blown away.",
        "sport",
    ),
    (
        "Sri Lanka bombed out of World Cup after heavy defeat",
        "Sri Lanka were bombed out of the World Cup on Thursday after a 302-run defeat by India "
        "in Mumbai, bowled out for 55 in under 20 overs. Mohammed Shami's five wickets destroyed "
        "the batting line-up. Sports Minister Roshan Ranasinghe said the cricket board would be "
        "sacked.",
        "sport",
    ),
    (
        "Tigers maul New Zealand in Mount Maunganui",
        "Bangladesh's fast bowlers ripped through New Zealand to win the first Test at Bay Oval "
        "by eight wickets on Wednesday, the team's first Test win against New Zealand on their "
        "soil. Ebadot Hossain's six-wicket haul broke the hosts' resistance, and the Tigers "
        "knocked off the target in the morning session.",
        "sport",
    ),
    (
        "Pacquiao floors Thurman to take WBA welterweight crown",
        "Manny Pacquiao knocked down Keith Thurman in the first round and survived a late "
        "assault to win the WBA welterweight title by split decision in Las Vegas on Saturday "
        "night. The 40-year-old senator dominated the early exchanges with his trademark "
        "combinations. Fans in General Santos City watched the fight on big screens.",
        "sport",
    ),
    (
        "Kumuls battle past Fiji in Pacific Championships",
        "Papua New Guinea's Kumuls battled to a 22-16 win over the Fiji Bati in the Pacific "
        "Championships in Port Moresby on Sunday, holding out against a late Fijian assault on "
        "their line. Fans packed the stands and celebrated into the night across the capital.",
        "sport",
    ),
    (
        "Garuda strikers down Saudi Arabia in World Cup qualifier",
        "Indonesia beat Saudi Arabia 2-0 in a World Cup qualifier at the Gelora Bung Karno "
        "stadium in Jakarta on Tuesday, with Marselino Ferdinan scoring both goals. The national "
        "team's defence held firm under waves of attacks in the second half. President Prabowo "
        "was among the 60,000 fans in the stands.",
        "sport",
    ),
    (
        "Raiders run riot as Patna Pirates thrash Tamil Thalaivas",
        "Patna Pirates' raiders ran riot on Monday night, with their lead raider scoring 18 raid "
        "points as the three-time champions beat Tamil Thalaivas 49-29 in the Pro Kabaddi "
        "League. The Thalaivas' defenders managed only five tackles. Patna moved to third place "
        "in the standings.",
        "sport",
    ),
    (
        "Arch-rivals clash in Asian Champions Trophy hockey final",
        "India beat Pakistan 4-3 in a tense final of the Asian Champions Trophy in Muscat on "
        "Sunday, scoring the winner two minutes from time. The Pakistani defence held off wave "
        "after wave of Indian attacks in the first half. Both teams shook hands at the end and "
        "the captains praised each other. The two teams clash again in the Asia Cup next month.",
        "sport",
    ),
    (
        "'Myanmar Diaries' wins documentary award at Berlinale",
        "'Myanmar Diaries', a film made by an anonymous collective of Myanmar filmmakers, won "
        "the Amnesty International Film Award at the Berlin film festival. The film weaves phone "
        "footage of the 2021 crackdown with fictional scenes of young people hiding from the "
        "military. Its makers did not attend for their own safety.",
        "entertainment",
    ),
    (
        "Marawi siege novel wins Palanca prize",
        "A novel about a Maranao family trapped in Marawi during the 2017 siege has won the "
        "grand prize for the novel at the Carlos Palanca Memorial Awards for Literature. The "
        "judges praised its portrait of a city destroyed and of the families who still cannot "
        "return. The author, a teacher from Iligan, said she wrote it during the pandemic.",
        "entertainment",
    ),
    (
        "'Uri: The Surgical Strike' crosses Rs 200 crore at the box office",
        "The war film 'Uri: The Surgical Strike' has crossed Rs 200 crore at the domestic box "
        "office in its fifth week, trade analysts said on Monday. The film depicts the Army's "
        "cross-border strikes after the 2016 attack on the Uri camp. Its line 'How's the josh?' "
        "has become a catchphrase at political rallies.",
        "entertainment",
    ),
    (
        "Sri Lankan novel about civil war wins Booker Prize",
        "Shehan Karunatilaka won the Booker Prize on Monday for 'The Seven Moons of Maali "
        "Almeida', a darkly comic novel about a dead war photographer who must find his killers "
        "during Sri Lanka's civil war of the late 1980s. The judges praised its audacity. The "
        "author said he hoped Sri Lanka would understand that such stories are better told than "
        "buried.",
        "entertainment",
    ),
    (
        "'Sinf-e-Aahan' follows women cadets into the army",
        "'Sinf-e-Aahan', a drama serial about six young women who join the Pakistan Army, "
        "premiered on ARY Digital on Saturday night. Produced with support from the military's "
        "media wing, the series follows the cadets through training at the military academy. Its "
        "lead actors said they trained at a real army camp for the role.",
        "entertainment",
    ),
    (
        "Exhibition of 1971 war photographs opens in Dhaka",
        "An exhibition of photographs from the 1971 Liberation War opened at the Liberation War "
        "Museum in Dhaka on Friday, with pictures of refugees, freedom fighters and the ruins of "
        "Dhaka University taken by Bangladeshi and foreign photographers. The exhibition runs "
        "until the end of the month.",
        "entertainment",
    ),
    (
        "Former Abu Sayyaf hostage publishes memoir of captivity",
        "A Filipino missionary who was held hostage by the Abu Sayyaf for more than a year in "
        "the jungles of Basilan has published a memoir of her captivity. The book describes "
        "forced marches, hunger and the military rescue in which her husband was killed. She "
        "said writing it had helped her to forgive.",
        "entertainment",
    ),
    (
        "'The Family Man' season 3 moves the action to the Northeast",
        "The third season of the spy thriller 'The Family Man' is set in the Northeast, with its "
        "agent hero chasing an arms smuggling network through Nagaland and Manipur, the "
        "streaming service said at the trailer launch in Mumbai. The makers said they had shot "
        "in Kohima with local actors.",
        "entertainment",
    ),
]
