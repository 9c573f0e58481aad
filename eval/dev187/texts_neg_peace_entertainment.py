"""dev187 negatives: peace deals and ceasefires (5), books, films, games and plays (4)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Colombia signs deal to end more than 50 years of war",
        "The government of Colombia and a rebel group called the FARC have signed a deal to "
        "end a war that lasted more than 50 years. Colombia is a country in South America, "
        "famous for its coffee, its rainforests and its footballers. The FARC started "
        "fighting against the government in 1964, saying it wanted to help poor farmers. "
        "Over the years, more than 220,000 people died and millions had to leave their "
        "homes. On Monday, the country's president, Juan Manuel Santos, and the FARC's "
        "leader signed the agreement in the city of Cartagena, using a pen made from a "
        "bullet. Under the deal, FARC fighters will hand over their weapons to the United "
        "Nations and can form a political party. The people of Colombia will now vote on "
        "whether they agree with the deal. Some people think the rebels are being let off "
        "too lightly, while others say peace is worth it. Many people at the ceremony wore "
        "white, the colour of peace. Update: in the vote on Sunday, a small majority of "
        "people voted against the deal, so the two sides will have to go back to the "
        "negotiating table. Both the government and the FARC have said they still want peace "
        "and that the ceasefire will hold for now. How would you make sure everybody's views "
        "are heard in a deal like this?",
        "peace",
    ),
    (
        "Ethiopia and Tigray agree to stop fighting",
        "Ethiopia's government and the leaders of the Tigray region have agreed to stop "
        "fighting, after two years of war. The agreement was signed on Wednesday in "
        "Pretoria, in South Africa, after more than a week of talks led by the African "
        "Union. Both sides have promised to stop attacking each other straight away. "
        "Tigray's fighters have agreed to hand over their heavy weapons, and the government "
        "has said it will let food and medicine into the region. Tigray is in the north of "
        "Ethiopia, and many people there have been cut off from phone lines, banks and "
        "electricity for a long time. The man who led the talks, Olusegun Obasanjo, said "
        'this was "the beginning of the peace process" rather than the end of it. Aid '
        "groups have welcomed the news but say the deal must now be put into action. The war "
        "has been one of the most serious in the world in recent years, but it has had less "
        "attention than some others. Peace talks are meetings where enemies try to agree how "
        "to end a war.",
        "peace",
    ),
    (
        "Gaza ceasefire begins as hostages are reunited with families",
        "A ceasefire between Israel and Hamas has begun, and three Israeli women who were "
        "held as hostages in Gaza have been reunited with their families. The women had been "
        "held for 471 days, since Hamas fighters took them during an attack on 7 October "
        "2023. They were handed over to the Red Cross, a charity that helps people in wars "
        "and disasters, and then taken to Israel, where they hugged their mothers in "
        "hospital. In return, Israel let 90 Palestinian prisoners go free from its jails, "
        "and crowds gathered to welcome them home in the West Bank. A ceasefire is when both "
        "sides agree to stop fighting. The deal was agreed last week, with help from Qatar, "
        "Egypt and the United States. Under the deal, more hostages and prisoners will be "
        "swapped over the next six weeks. People in Gaza celebrated in the streets, and many "
        "are hoping to go back to what is left of their homes. Many people hope the "
        "ceasefire will lead to a lasting peace.",
        "peace",
    ),
    (
        "DR Congo and Rwanda sign peace deal in Washington",
        "The Democratic Republic of Congo and Rwanda have signed a peace deal at a ceremony "
        "in Washington, in the United States. The two countries are neighbours in central "
        "Africa, and they have been on bad terms for many years. Congo says Rwanda has been "
        "supporting a rebel group called M23, which controls large areas in the east of "
        "Congo, while Rwanda says it has been protecting itself from other armed groups. "
        "Under the deal, the two countries have promised to respect each other's borders and "
        "to stop supporting armed groups. The foreign ministers of both countries signed the "
        "agreement, watched by officials from the US. The US president said it was a great "
        "day for Africa, and he also hopes American companies will be able to buy minerals "
        "from the region. Some people in eastern Congo said they were hopeful, while others "
        "said they would wait and see what happens. There will also be separate talks "
        "between Congo and the M23 in Qatar. What do you think makes a peace deal last?",
        "peace",
    ),
    (
        "Armenia and Azerbaijan leaders shake hands on peace plan",
        "The leaders of Armenia and Azerbaijan have shaken hands at the White House in "
        "Washington and agreed on a plan to end decades of bad feeling between their "
        "countries. Armenia and Azerbaijan are neighbours in a region called the South "
        "Caucasus, between the Black Sea and the Caspian Sea. They have fought wars against "
        "each other, mainly over a region called Nagorno-Karabakh. The new agreement says "
        "the two countries will not attack each other and will open up roads and railways "
        "across their borders. One of the routes will run through southern Armenia and will "
        "be named after the US president, Donald Trump, who hosted the meeting. Both leaders "
        "said it was a historic day, although the agreement still needs to be signed as a "
        "full peace treaty. People in the region have mixed feelings, and some worry that "
        "old problems have not been solved. Borders that have been closed for more than 30 "
        "years may soon open. Can you find the South Caucasus on a map?",
        "peace",
    ),
    (
        "Book about a girl fleeing war wins top children's prize",
        "A novel about a girl who has to leave her home because of a war has won one of the "
        "biggest prizes in children's books. The Lantern Road, by author Hala Mansour, tells "
        "the story of 12-year-old Noor, who travels across mountains and seas with her "
        "little brother and a battered violin. Along the way, they meet smugglers, kind "
        "strangers and a dog who follows them all the way to a new country. The judges said "
        'the book was "heartbreaking but full of hope". Hala Mansour said she wrote it '
        "after working as a volunteer with refugee families, but that all the characters are "
        "made up. Schools across the country have been using the book in English lessons, "
        "and some classes have written letters to Noor. The prize was chosen by a panel of "
        "librarians, and children also voted for their favourite book. Hala said she hoped "
        "readers would be kinder to new children who join their school. Have you read a book "
        "that changed the way you see the world?",
        "entertainment",
    ),
    (
        "New animated film tells story of football in no man's land",
        "A new animated film about the Christmas truce of 1914 will be shown in cinemas this "
        "winter. During the First World War, on Christmas Day, some British and German "
        "soldiers climbed out of their trenches, shook hands and even played football "
        "together in the space between the two armies, known as no man's land. The film, "
        "called The Long Ball, follows a young British soldier and a German baker who become "
        "friends for one day. It was made using hand-painted pictures, with every frame "
        "taking hours to create. The voice cast includes several well-known actors, and the "
        "music is played by a children's orchestra. The director said she wanted to make a "
        "film about war that younger viewers could watch without being frightened. Some "
        "schools will be able to watch it for free and use lesson plans that come with it. "
        "The film has been given a PG rating. Do you think football can bring people "
        "together?",
        "entertainment",
    ),
    (
        "Fortnite's new season drops players on a brand-new island",
        "Millions of gamers have been trying out the new season of Fortnite, which came out "
        "on Friday with a brand-new island to explore. Fortnite is a battle royale game, "
        "which means 100 players drop onto an island and try to be the last one standing. "
        "The new map includes snowy mountains, a jungle and a floating city, and players can "
        "now ride on animals such as wolves and boars. The game's servers were so busy on "
        "the first day that some players had to wait in a queue to get in. Epic Games, the "
        "company that makes Fortnite, says more than 500 million people have signed up to "
        "play since it launched in 2017. The game has an age rating of 12 in the UK, because "
        "of its cartoon-style violence. Some parents worry that children spend too much time "
        "playing it and spend too much money on outfits and dances called emotes. Experts "
        "say it is a good idea to agree on screen time limits at home. What is your "
        "favourite game?",
        "entertainment",
    ),
    (
        "War Horse puppet gallops back onto the stage",
        "The famous horse puppet Joey is back on stage as the play War Horse goes on tour "
        "around the UK. The play is based on a book by Michael Morpurgo, about a boy called "
        "Albert whose horse is sold to the army and sent to France during the First World "
        "War. Albert then signs up as a soldier to try to find Joey. Joey is a life-sized "
        "puppet made of cane, leather and fabric, and it takes three puppeteers to move him. "
        "One controls the head, one the heart and front legs, and one the back legs and "
        "tail. The puppeteers have to practise for weeks to learn how a real horse breathes, "
        "flicks its ears and stamps its hooves. The play first opened in London in 2007 and "
        "has been seen by more than eight million people around the world. Michael Morpurgo "
        "said he was inspired by talking to old soldiers in his village in Devon.",
        "entertainment",
    ),
]
