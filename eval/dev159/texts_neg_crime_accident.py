"""dev159 hard negatives (crime, accident, disaster): athletes and artists killed in crimes, an art
heist, crushes at a concert and a stadium, floods that stop the football (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ecuadorian defender shot dead by gunmen outside his home in Esmeraldas",
        "Ecuadorian footballer Jhonny Quiñónez, a defender for second-division side Vargas "
        "Torres, was shot dead by gunmen outside his home in the coastal city of Esmeraldas "
        "late on Saturday, police said. The 26-year-old was sitting in his car with a friend "
        "when two men on a motorcycle pulled up and opened fire, police said; the friend was "
        "wounded in the leg and is in stable condition. Investigators said they were looking "
        "into all possible motives and had not established whether the player had received "
        "threats. Quiñónez had played for several clubs in the Ecuadorian Serie A before "
        "joining Vargas Torres this season. The club suspended training and asked the league to"
        " postpone Wednesday's match. Ecuador's players' union said it was the third killing of"
        " a professional footballer in the country in two years and called on the authorities "
        'to "guarantee the lives of those who work in football". Esmeraldas, a port city near '
        "the Colombian border, has one of the highest murder rates in the country, driven by "
        "disputes between drug-trafficking gangs. Police said no arrests had yet been made.",
        "crime",
    ),
    (
        "Rapper shot dead outside Los Angeles recording studio",
        "A rapper who rose to fame on the West Coast drill scene was shot dead outside a "
        "recording studio in South Los Angeles early on Tuesday, police said. The 24-year-old "
        "artist, who had more than two million monthly listeners on Spotify, was hit several "
        "times as he left the studio with two friends shortly after 2am. He was taken to "
        "hospital, where he was pronounced dead. A 21-year-old man was also wounded. Police "
        "said a gunman had fired from a dark SUV that then drove off, and that detectives from "
        "the gang unit were reviewing security camera footage. No arrests have been made. The "
        "rapper had spoken openly in interviews about losing friends to gun violence and had "
        'recently signed a deal with a major label. His label said it was "devastated" and '
        "asked for privacy for his family. Fans gathered outside the studio on Tuesday "
        "afternoon, leaving candles and flowers. His debut album is due to be released next "
        "month, and the label said it would go ahead as planned.",
        "crime",
    ),
    (
        "Olympic marathon runner dies after being set on fire by former partner in Kenya",
        "The Ugandan Olympic marathon runner Grace Akello has died in hospital in Kenya four "
        "days after she was doused in petrol and set alight by her former partner, police and "
        "her family said on Thursday. Akello, 33, who finished 39th in the women's marathon at "
        "the Paris Games last month, suffered burns to more than 75 percent of her body in the "
        "attack at her home in Trans Nzoia county, near the Ugandan border, where she trained. "
        "Police said the man had bought a can of petrol and waited for her to return from "
        "church, and that the two had been in a dispute over the land on which her house was "
        "built. He also suffered burns and is in hospital under police guard. Uganda's "
        "athletics federation said it was in mourning and called for justice. Akello is at "
        "least the fourth female athlete to have been killed in Kenya in similar circumstances "
        "since 2021, and rights groups have called for tougher action against gender-based "
        "violence. The Kenyan sports ministry said it would set up a helpline for athletes "
        "facing abuse. Her body will be repatriated to Uganda for burial.",
        "crime",
    ),
    (
        "Thieves take jewels from the Louvre in seven-minute raid",
        "Thieves stole eight pieces of jewellery from the Louvre in Paris on Sunday morning in "
        "a raid that lasted just seven minutes, forcing the world's most visited museum to "
        "close for the day, French officials said. The four men used a truck fitted with a "
        "mechanical ladder to reach a first-floor window of the Galerie d'Apollon, cut through "
        "the glass with angle grinders and smashed two display cases before escaping on "
        "scooters. Among the items stolen were a necklace and earrings that belonged to Queen "
        "Marie-Amélie and a diadem of the Empress Eugénie; a crown was dropped during the "
        "escape and recovered, damaged, nearby. No one was injured. The culture minister said "
        'the items were of "inestimable heritage value", and investigators from an organised '
        "crime unit were assigned to the case. Security experts said the jewels were likely to "
        "be broken up and sold for their stones. The theft renewed criticism of security at "
        "French museums, which unions say have been left short of staff. The museum reopened on"
        " Wednesday, with the gallery closed. The thieves tried to set fire to their vehicle as"
        " they left, but were stopped by a museum employee, prosecutors said. Visitors who were"
        " inside the museum when the alarm sounded described confused scenes as staff closed "
        "the doors and led them out through the Pyramid. The Galerie d'Apollon houses the "
        "French crown jewels, including the Regent diamond, which was not taken. Paris "
        "prosecutors said about 60 investigators were working on the case and were examining "
        "footage from surveillance cameras in the area.",
        "crime",
    ),
    (
        "Crowd crush at Lagos concert kills 11 as fans surge towards stage",
        "Eleven people were killed and dozens injured in a crush at a concert in Lagos on "
        "Saturday night when thousands of fans surged towards the stage after gates were opened"
        " late, emergency officials said. The concert, by one of Nigeria's biggest Afrobeats "
        "stars, had drawn a crowd far larger than the open-air venue on Lekki's coastal road "
        "could hold, witnesses said, and many ticket holders were still outside when the show "
        'began. "People were climbing over each other, you could not breathe," said a student '
        "who was pulled out of the crowd by security guards. The Lagos State Emergency "
        "Management Agency said most of the dead were young women. The police said the "
        "promoters had been invited for questioning and that the venue had been sealed. The "
        "state government announced an inquiry into crowd control at large events and suspended"
        " permits for open-air concerts for a month.",
        "accident",
    ),
    (
        "Eight die in crush outside stadium before Cameroon's Africa Cup of Nations tie",
        "At least eight people were killed and 38 injured in a crush at the entrance to the "
        "Olembe stadium in Yaoundé on Monday night as crowds tried to get into the Africa Cup "
        "of Nations last-16 match between Cameroon and the Comoros, health officials said. "
        "Witnesses said thousands of fans had gathered at the southern gate, and that the crush"
        " began when stewards closed it as the stadium approached its Covid-19 capacity limit "
        "of 80 percent. Children were among those taken to hospital, and some were in a "
        "critical condition, the regional health director said. The Confederation of African "
        "Football said it was investigating and moved the next match scheduled at the stadium "
        "to another venue. Cameroon won the game 2-1, and most of the 50,000 fans inside did "
        "not learn of the deaths until after the final whistle. The government ordered an "
        "inquiry. Cameroon's sports minister visited the injured in hospital on Tuesday.",
        "accident",
    ),
    (
        "Valencia's matches postponed as deadly floods devastate the region",
        "La Liga has postponed Valencia's home match against Real Madrid and Villarreal's game "
        "against Rayo Vallecano after catastrophic flash floods killed more than 200 people in "
        "the Valencia region, the league said on Thursday. Torrential rain on Tuesday turned "
        "streets into rivers in towns south of the city, sweeping away cars and flooding homes "
        "and businesses, and hundreds of people are still missing, emergency services said. "
        "Spain's government has deployed more than 1,000 soldiers from the military emergency "
        "unit to help with search and rescue and to clear mud and debris. Valencia's Mestalla "
        "stadium was not damaged, but the club said it would be wrong to play while families "
        "were still searching for relatives, and opened the stadium as a collection point for "
        "donations. Several Levante players joined volunteers shovelling mud in Paiporta, one "
        "of the worst-hit towns. The Spanish football federation also postponed cup matches in "
        "the region, and clubs across La Liga held a minute's silence at weekend games. "
        "Forecasters have warned of more heavy rain in the coming days.",
        "disaster",
    ),
]
