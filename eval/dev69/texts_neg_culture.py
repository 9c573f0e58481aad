"""Negatives of dev69: football and other sport, and films, books, exhibitions and music about the
wars (entertainment).

Each item: (title, text, kind code); kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Indomitable Lions' attack too strong for Burkina's defence in AFCON opener",
        "Cameroon's Indomitable Lions began their home Africa Cup of Nations with a 2-1 win over "
        "Burkina Faso's Stallions in Yaoundé, their attack overwhelming a tired defence in the "
        'second half. The captain, who scored twice, said the team had "fought like lions". The '
        "Lions play Ethiopia on Thursday. The Stallions' coach said his side had lost the battle "
        "in midfield.",
        "sport",
    ),
    (
        "Mali's Eagles hold firm in defence to shut out Tunisia",
        "Mali's Eagles beat Tunisia 1-0 in their opening Africa Cup of Nations match, with their "
        "defence resisting wave after wave of attacks in the closing minutes. Tunisia's star "
        "striker was neutralised by two centre-backs, and the goalkeeper was named man of the "
        'match after a string of saves. "We defended like soldiers," the captain said after the '
        "final whistle.",
        "sport",
    ),
    (
        "Leopards lay siege to goal and snatch late equaliser",
        "The DR Congo Leopards laid siege to the opponents' goal for the last twenty minutes and "
        "scored an equaliser in stoppage time to draw 1-1 in their World Cup qualifier in "
        "Kinshasa. The crowd at the Stade des Martyrs invaded the touchline to celebrate. The "
        "Leopards remain top of their group.",
        "sport",
    ),
    (
        "Niger's traditional wrestling championship crowns new champion in Dosso",
        "A young wrestler from Tahoua won the national traditional wrestling championship in "
        "Dosso on Sunday, defeating the defending champion in a final that thrilled the packed "
        "arena. He received the championship sabre and a cash prize from the prime minister. The "
        "annual tournament draws wrestlers from all regions of Niger.",
        "sport",
    ),
    (
        "Breakaway attack on the last climb wins stage of the Tour du Faso",
        "A Burkinabè rider won the sixth stage of the Tour du Faso cycling race on Thursday after "
        "a solo attack on the last climb before Koudougou. He now trails the leader by 40 seconds "
        "overall. Crowds lined the road into town to cheer the riders.",
        "sport",
    ),
    (
        "Fans clash in the stands at Mazembe against V Club match in Lubumbashi",
        "Fans of TP Mazembe and AS V Club fought in the stands during the match between the two "
        "clubs in Lubumbashi on Sunday, throwing seats and bottles, and police used tear gas to "
        "separate them. Several supporters were treated for injuries. The league fined both clubs "
        "and ordered the next match to be played behind closed doors.",
        "sport",
    ),
    (
        "Benin's Cheetahs counter-attack to reach the quarter-finals",
        "Benin's Cheetahs beat their hosts 2-0 with two goals on the counter-attack to reach the "
        "quarter-finals of the African Nations Championship. The coach praised his defenders for "
        "absorbing the pressure. Fans celebrated in the streets of Cotonou late into the night.",
        "sport",
    ),
    (
        "Chadian boxer wins by knockout in N'Djamena title fight",
        "A Chadian boxer won the African super-middleweight title by knockout in the fifth round "
        "in N'Djamena on Saturday, the first title fight held in the capital in decades. The "
        "crowd chanted his name as he was carried out of the ring. He said he now wanted a world "
        "title shot.",
        "sport",
    ),
    (
        "Film about a village facing jihadists wins the Golden Stallion at FESPACO",
        "A film about a village in northern Burkina Faso living under the threat of jihadists won "
        "the Golden Stallion of Yennenga at the FESPACO film festival in Ouagadougou on Saturday. "
        "The director said he wanted to show how ordinary people resist fear. The festival, held "
        "under heavy security, screened more than 100 films. Burkina Faso's transition president "
        "presented the trophy. The Golden Stallion comes with a cash prize of 20 million CFA "
        "francs.",
        "entertainment",
    ),
    (
        "Novel about the Anglophone crisis wins African literary prize",
        "A Cameroonian novelist has won a major African literary prize for a novel about a family "
        "torn apart by the conflict in the country's English-speaking regions. The jury praised "
        'its portrayal of "the silence of towns under lock-down". The author, who lives abroad, '
        "said she had written it for the children who lost years of school.",
        "entertainment",
    ),
    (
        "Documentary on Goma under siege premieres at Berlin festival",
        "A documentary about life in Goma during the M23 war premiered at the Berlin film "
        "festival on Sunday, drawing a standing ovation. The film follows a young musician who "
        "records songs in a studio while the front line approaches the city. The Congolese "
        "director said she hoped it would reach audiences at home.",
        "entertainment",
    ),
    (
        "Bamako exhibition shows Timbuktu manuscripts saved from the jihadists",
        "An exhibition opened in Bamako on Thursday showing manuscripts from Timbuktu that were "
        "smuggled out of the city in 2012 to save them from jihadist groups. Visitors can see "
        "centuries-old texts on astronomy, medicine and law. The librarian who organised the "
        "rescue told how the manuscripts were carried in rice sacks.",
        "entertainment",
    ),
    (
        "Tinariwen release album recorded in exile",
        "The Tuareg band Tinariwen released a new album on Friday recorded in exile after its "
        "members were forced to leave northern Mali, their label said. The songs speak of war, "
        "the desert and longing for home, and the band will tour Europe and North America this "
        "autumn.",
        "entertainment",
    ),
    (
        "Former hostage's memoir recounts four years in the hands of jihadists",
        "A memoir by a French aid worker held by jihadists in northern Mali for four years went "
        "on sale this week. She describes the long marches in the desert, her relations with her "
        "guards and her release in a prisoner exchange. The book has drawn criticism for its "
        "sympathetic portrait of some of her captors.",
        "entertainment",
    ),
    (
        "Comic book tells story of child soldiers in Central African Republic",
        "A comic book telling the story of two boys recruited by an armed group in the Central "
        "African Republic was launched in Bangui on Saturday by a children's charity. The authors "
        "said they drew on interviews with former child soldiers. It will be distributed free in "
        "schools.",
        "entertainment",
    ),
]
