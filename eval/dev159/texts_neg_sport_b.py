"""dev159 hard negatives (sport, 2 of 2): fight nights, American football, Formula 1, rugby and
cycling in the vocabulary of battle, and teams of war-torn countries and fan disorder with no
violence to report (eval/README.md, section 1: hard_negative_sport)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "'The Sniper' stops champion in the seventh to claim WBA title in Riyadh",
        'Kazakhstan\'s Daulet Zhaksylykov, the unbeaten light-heavyweight known as "The Sniper",'
        " took the WBA title from Britain's Callum Ashworth with a seventh-round stoppage in "
        "Riyadh on Saturday night. Zhaksylykov, 27, had picked his shots patiently from long "
        "range for six rounds, landing stiff jabs that opened a cut above the champion's left "
        "eye in the third. In the seventh he trapped Ashworth on the ropes and unloaded a "
        "barrage of hooks to the body and head, and the referee stepped in at two minutes and "
        '11 seconds with the Briton still on his feet but no longer firing back. "He has a '
        'killer instinct, that one," Ashworth\'s trainer said afterwards. "We knew he could '
        'bang, but his timing was perfect." The judges had the Kazakh ahead on all three cards '
        "at the time of the stoppage. Ashworth, who was making the second defence of the belt "
        "he won in Manchester last year, has a rematch clause and said he would exercise it. "
        "The undercard featured a heavyweight shootout in which both fighters were knocked down"
        " twice before Nigeria's Samuel Okafor won on points.",
        "sport",
    ),
    (
        "Chiefs survive late blitz to edge Bills in overtime thriller",
        "Patrick Mahomes threw for 318 yards and two touchdowns as the Kansas City Chiefs "
        "survived a fourth-quarter assault from the Buffalo Bills to win 30-27 in overtime at "
        "Arrowhead Stadium on Sunday night. Buffalo's defence dialled up the blitz on almost "
        "every down in the final quarter, sacking Mahomes three times and forcing a fumble that"
        " set up the tying field goal with 22 seconds left. But the Chiefs won the coin toss in"
        " overtime and marched 70 yards, with Mahomes working out of the shotgun and finding "
        "Travis Kelce on a 24-yard strike to set up Harrison Butker's winning kick. Josh Allen "
        "had launched a 56-yard bomb to Khalil Shakir to open the scoring, and ran for two "
        'touchdowns himself. "Their pressure was relentless, they came after us all night," '
        "Kansas City coach Andy Reid said. The Bills' pass rush, which leads the league in "
        "sacks, was without its leading tackler after an ankle injury in the first half. The "
        "result leaves both teams at 9-3 in the battle for the top seed in the AFC. Buffalo's "
        'head coach said the loss would "sting for a day, and then we go again".',
        "sport",
    ),
    (
        "F1 team bosses in war of words over flexible wings as title battle tightens",
        "The simmering row over flexible front wings in Formula 1 turned into an open war of "
        'words on Thursday, with rival team principals accusing each other of "cheating" and '
        '"crying wolf" in the paddock at the Spanish Grand Prix. The FIA introduced stricter '
        "load tests this weekend after complaints that some cars' wings were bending at high "
        "speed to reduce drag on the straights, a trick teams have exploited within the rules "
        "for years. McLaren's rivals have argued that the papaya cars have gained an unfair "
        'advantage, while McLaren insist their car passed every test. "If someone has to shout '
        "about our wings, it tells you they are worried,\" McLaren's team principal said. His "
        'counterpart at Red Bull fired back that the governing body had acted "for a reason". '
        "The championship leader, Oscar Piastri, holds a ten-point lead over his teammate Lando"
        " Norris after eight rounds, with Max Verstappen a further 39 points back. The FIA says"
        " the new tests are not aimed at any team. Practice begins in Barcelona on Friday, and "
        "engineers expect the changes to make little difference to the order at the front.",
        "sport",
    ),
    (
        "Sudan's exiled footballers edge closer to the World Cup despite two years of war",
        "Sudan moved to the top of their World Cup qualifying group with a 1-0 win over the "
        "Democratic Republic of Congo in Benghazi on Tuesday, keeping alive the country's hopes"
        " of reaching the finals for the first time. The winner came from a first-half header "
        "by defender Mustafa Karshoum from a corner, and the Falcons of Jediane defended "
        "stubbornly for the rest of the match. None of the squad has played a competitive match"
        " in Sudan since the war between the army and the paramilitary Rapid Support Forces "
        "began in April 2023, and the domestic league has been suspended. The country's two "
        "giants, Al Hilal and Al Merrikh, have spent the past season playing in the Mauritanian"
        " league and in the African Champions League, while national team players train in "
        "Saudi Arabia, Libya and Egypt. The war has killed tens of thousands of people and "
        "driven more than 12 million from their homes, according to the United Nations, and "
        'several players have relatives in camps in Chad and Egypt. "We know what this means to'
        " people who have lost everything,\" the team's Ghanaian coach said. Sudan play Senegal "
        "in their final home match in Libya in October. The Sudanese federation has had to "
        "charter flights to bring players together from a dozen countries for each "
        "international window. Several of the squad have not seen their families since the "
        "fighting began. Fans watched the match on screens in cafés in Port Sudan and Cairo, "
        "and videos posted online showed celebrations in the streets of Kassala. Senegal, who "
        "drew in Togo, are a point behind with two matches to play.",
        "sport",
    ),
    (
        "FIFA recognises Afghan women's refugee team in first step towards international football",
        "FIFA has created a women's team made up of Afghan players who fled the country after "
        "the Taliban returned to power, in what the governing body called a first step towards "
        "restoring international football for Afghan women. The squad, drawn from players now "
        "living in Australia, Britain, Portugal and other countries, will play its first "
        "matches at a FIFA-organised tournament in the United Arab Emirates in October, under a"
        " neutral name. Many of the players were evacuated from Kabul in August 2021 with help "
        "from former teammates and international players' unions, after the Taliban banned "
        'women from playing sport. "When we left, we thought football was finished for us," '
        'said one defender, who plays for a semi-professional club in Melbourne. "Today we can '
        'represent our people again." FIFA said the team was not a replacement for the national'
        " team, which the Afghan football federation does not recognise. Some players had "
        "pushed for full recognition as Afghanistan's national side, and said the neutral "
        "status fell short of what they wanted. Head coach Pauline Hamill, a former Scotland "
        "international, will select the squad after trials in Sydney next month.",
        "sport",
    ),
    (
        "Georgia's scrum lays siege to Portugal line to retain Rugby Europe title",
        "Georgia retained the Rugby Europe Championship with a 31-14 win over Portugal in "
        "Tbilisi on Sunday, their pack grinding out three tries from close range in front of a "
        "crowd of 48,000 at the Boris Paichadze Stadium. The Lelos were trailing 14-12 at "
        "half-time after two well-taken Portuguese tries, but their scrum laid siege to the "
        "visitors' line for most of the third quarter, winning a penalty try and a yellow card."
        " Hooker Vano Karkadze added a second from a driving maul, and replacement prop Beka "
        "Gigashvili crashed over with ten minutes left to seal the match. Portugal, who won "
        "many admirers at the 2023 World Cup, defended bravely but had no answer to the home "
        "side's power up front. \"They attack you with eight men, then again with eight men, and"
        " then again,\" Portugal's coach said. Georgia have now won the tournament in eight of "
        "the last nine seasons. Their head coach renewed the call for a place in an expanded "
        "Six Nations, saying his players deserved regular matches against the best. Portugal "
        "host Spain in the third-place play-off next week.",
        "sport",
    ),
    (
        "Pogacar's attack on the Hautacam puts Tour de France rivals to the sword",
        "Tadej Pogacar launched a ferocious attack on the lower slopes of the Hautacam to win "
        "stage 12 of the Tour de France on Thursday and take a stranglehold on the yellow "
        "jersey. The Slovenian's UAE Team Emirates had set a brutal pace on the Col du Soulor, "
        "and when he kicked with 12 km to go only Jonas Vingegaard could follow for a few "
        "hundred metres before he, too, cracked. Pogacar crossed the line two minutes and ten "
        'seconds ahead of the Dane and now leads the race by three minutes 31 seconds. "I felt '
        'good and I went, there was no plan to kill the race today," he said. Behind him the '
        "peloton was blown apart on the climb, with Remco Evenepoel losing more than two "
        "minutes and dropping to third overall. Earlier, an early breakaway had been caught "
        "after a furious descent in which riders bombed down narrow mountain roads at more than"
        ' 90 km/h. Vingegaard\'s Visma-Lease a Bike team said they would "keep fighting" in the '
        "Alps next week. Friday's stage is a mountain time trial to Peyragudes. It was "
        "Pogacar's fourth stage win of this Tour and the 21st of his career. His teammate "
        "Jhonatan Narváez was among the riders who paid for the early pace and lost more than "
        "20 minutes. The Slovenian has now won on the Hautacam twice, after taking his first "
        "victory on the climb in 2022, when Vingegaard dropped him on the same slopes. French "
        "hopes rest on Kévin Vauquelin, who climbed to sixth overall.",
        "sport",
    ),
    (
        "UEFA fines Albania and Serbia over nationalist banners and thrown objects at Euro 2024",
        "UEFA has fined the Albanian and Serbian football federations over nationalist banners "
        "displayed and objects thrown by their supporters at Euro 2024, and opened disciplinary"
        " proceedings against Croatia over chants during their draw with Albania in Hamburg. "
        "Albania were fined 47,000 euros for fans throwing objects and setting off fireworks, "
        "and for a banner showing maps that included territory of neighbouring countries, while"
        ' Serbia were fined 10,000 euros for a "provocative message not fit for a sports '
        "event\". Serbia's federation had earlier threatened to withdraw from the tournament "
        "unless UEFA acted against chants heard during Croatia's match with Albania, which were"
        " aimed at Serbs. UEFA said it had also suspended Albania's forward Mirlind Daku for "
        "two matches for leading nationalist chants with supporters through a megaphone after "
        "the game. German police said the matches had passed off largely without incident, with"
        " only a handful of arrests. The Balkan rivalries have produced tense moments in the "
        "past, most notably when a drone carrying a flag caused the abandonment of a "
        "Serbia-Albania qualifier in Belgrade in 2014. UEFA said further incidents could lead "
        "to matches being played partly behind closed doors.",
        "sport",
    ),
]
