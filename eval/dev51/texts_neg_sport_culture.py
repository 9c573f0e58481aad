"""dev51 negatives: sport, films, books, exhibitions and festivals, from the regional desks of
Asia, Africa and Latin America (pace attacks, raiders, battles for the title, fans fighting after
a derby, war films and a novel about a siege). NEGATIVES = [(title, text, kind code), ...]; kind
codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Arif Shah leads pace attack as Bangladesh bowled out for 143",
        "Left-armer Arif Shah led a fiery pace attack with four wickets as Pakistan bowled out Bangladesh for 143 in the first ODI in Rawalpindi on Sunday. Pakistan reached the target in the 29th over, with the opener unbeaten on 71.",
        "sport",
    ),
    (
        "Saurav Pandit's five-for destroys top order in Chennai",
        "Saurav Pandit took five for 34 to blow away the visitors' top order on the second day of the first Test in Chennai. India lead by 212 runs with eight wickets in hand.",
        "sport",
    ),
    (
        "Royals' batters fire in record run chase",
        "Rajasthan Royals chased down 224 against Kolkata Knight Riders at Eden Gardens on Saturday, the highest successful chase of the season, with their young opener smashing nine sixes. The win kept their playoff hopes alive.",
        "sport",
    ),
    (
        "Super Eagles battle to goalless draw in Kigali",
        "The Super Eagles battled to a goalless draw against Rwanda's Amavubi in a World Cup qualifier in Kigali on Tuesday, leaving Nigeria third in Group C. The coach said his side had dominated but lacked a cutting edge in attack.",
        "sport",
    ),
    (
        "Lions of Teranga storm into AFCON semi-finals",
        "Senegal stormed into the Africa Cup of Nations semi-finals with a 3-1 win over Mali in Marrakech on Saturday, their striker scoring twice. They face hosts Morocco on Wednesday. Mali's coach resigned after the match.",
        "sport",
    ),
    (
        "River edge Boca in Superclasico battle at the Monumental",
        "River Plate beat Boca Juniors 2-1 in a bruising Superclasico at the Monumental on Sunday, with three players sent off. River's coach said his team had shown the fighting spirit of champions.",
        "sport",
    ),
    (
        "Rival fans clash after Sao Paulo derby; 23 arrested",
        "Fans of Corinthians and Palmeiras fought with sticks and stones near a metro station after Sunday's derby in Sao Paulo, and military police used stun grenades to separate them, officials said. Twenty-three people were arrested and two were taken to hospital.",
        "sport",
    ),
    (
        "America beat Chivas in Clasico Nacional",
        "Club America beat Chivas 2-0 at the Estadio Azteca on Saturday in the Clasico Nacional, moving to the top of the Liga MX table. Chivas' coach said his team lacked firepower in front of goal. A crowd of 80,000 watched the match.",
        "sport",
    ),
    (
        "Colombian climber attacks to win queen stage",
        "Colombian climber Andres Murillo attacked 4 kilometres from the summit to win the queen stage of the Tour de Romandie on Saturday and take the leader's jersey. He said he had been waiting all week to launch his assault. The national cycling federation said he would lead the team at the Giro.",
        "sport",
    ),
    (
        "Filipino boxer knocks out Mexican rival to retain title",
        "Filipino boxer Ramil Dacanay knocked out his Mexican challenger in the seventh round in Las Vegas on Saturday to retain his WBC flyweight title. He said he had shown the killer instinct his trainer asked for. His record improved to 28 wins and one loss.",
        "sport",
    ),
    (
        "Indonesian pair smash their way into All England final",
        "Indonesia's men's doubles pair smashed their way into the All England final with a straight-games win over the Danish top seeds in Birmingham. They will face Malaysia in the final on Sunday. The pair won the title in 2022.",
        "sport",
    ),
    (
        "Ethiopian runners sweep Berlin Marathon podium",
        "Ethiopian runners swept the podium of the men's race at the Berlin Marathon on Sunday, with the winner clocking 2:03:17. Kenya's Mercy Jeruto won the women's race in a course record. Cool weather helped fast times.",
        "sport",
    ),
    (
        "Pro Kabaddi: Patna Pirates' raiders run riot against Telugu Titans",
        "Patna Pirates' raiders ran riot as they beat Telugu Titans 51-30 in the Pro Kabaddi League at Hyderabad on Friday. Their lead raider scored 19 points, and the defence made 11 tackles.",
        "sport",
    ),
    (
        "Green Shirts down Malaysia to reach Nations Cup final",
        "Pakistan's hockey team beat Malaysia 4-2 in Kuala Lumpur on Friday to reach the final of the FIH Nations Cup. The captain said the team had fought back from a goal down with a counter-attacking game. The final will be played on Sunday.",
        "sport",
    ),
    (
        "Indomitable Lions coach names squad for qualifiers",
        "Cameroon's coach named a 26-man squad for the World Cup qualifiers against Cape Verde and Mauritius, recalling two veteran defenders. The Indomitable Lions trail the group leaders by a point. The first match is on September 5 in Yaounde.",
        "sport",
    ),
    (
        "Nollywood epic on civil war premieres in Lagos",
        "A three-hour Nollywood epic about a family torn apart by the Nigerian civil war premiered in Lagos on Friday to a standing ovation. The director said the film took six years to make and recreated the bombing of a market with practical effects.",
        "entertainment",
    ),
    (
        "War drama crosses Rs300 crore at box office",
        "A war drama about an Indian Air Force squadron crossed Rs300 crore at the domestic box office in its third week, trade analysts said. The film's aerial battle sequences were shot with the help of the Air Force. The lead actor plays a wing commander who flew in the 1971 war.",
        "entertainment",
    ),
    (
        "Novel set during Marawi siege wins national book award",
        "A novel about two sisters trapped during the 2017 siege of Marawi won the National Book Award for fiction on Saturday. The author, a teacher from Iligan, said she wrote it after listening to evacuees for years.",
        "entertainment",
    ),
    (
        "Series on Sinaloa cartel war tops streaming charts",
        "A Mexican series about a journalist covering a cartel war in Sinaloa topped the streaming charts in 40 countries in its first week, the platform said. Critics praised the lead actress but some said it glamorised violence. A second season has been confirmed.",
        "entertainment",
    ),
    (
        "Exhibition of Rohingya children's drawings opens in Dhaka",
        "An exhibition of drawings by Rohingya children living in the Cox's Bazar camps opened at the Shilpakala Academy on Thursday. Many of the drawings show burning villages and soldiers, the curators said. It runs until March 20.",
        "entertainment",
    ),
    (
        "Indonesian film on 1965 killings wins at Busan",
        "An Indonesian film about a village that hides a secret from the 1965 killings won the top prize at the Busan International Film Festival on Friday. The director said she hoped it would open a conversation at home.",
        "entertainment",
    ),
    (
        "Record crowds throng Durga Puja pandals in Kolkata",
        "Record crowds thronged Durga Puja pandals across Kolkata on Saptami, with the metro running through the night, officials said. Police deployed 4,000 personnel to manage traffic in north Kolkata. Puja committees said the theme this year was climate change.",
        "other",
    ),
    (
        "Thousands join Day of the Dead parade in Mexico City",
        "Thousands of people in skull make-up and costumes joined the Day of the Dead parade along Paseo de la Reforma on Saturday. The city government said more than a million visitors were expected over the long weekend.",
        "other",
    ),
    (
        "Kenyan chef cooks for 100 hours to set Guinness record",
        "A Nairobi chef cooked non-stop for 100 hours to set a Guinness World Record for the longest cooking marathon by an individual, the organisers said. Hundreds of people cheered her on at a mall in Westlands. The previous record was 93 hours.",
        "other",
    ),
    (
        "FESPACO opens in Ouagadougou with record 1,300 entries",
        "The Pan-African Film and Television Festival of Ouagadougou (FESPACO) opened on Saturday with a record 1,300 entries from 50 countries, the organisers said. Chad is the guest country of honour. The Golden Stallion of Yennenga will be awarded at the closing ceremony on March 1.",
        "other",
    ),
    (
        "Rap battle final draws 20,000 to Kasarani",
        "Two gengetone artists faced off in the final of a televised rap battle before 20,000 fans at Kasarani stadium on Saturday night. The winner took home Sh5 million and a recording contract. Police said the event passed off without incident.",
        "other",
    ),
]
