"""dev187 negatives: politics (4) and peaceful protest (5)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Under-16s social media ban starts in Australia",
        "From today, children under 16 in Australia are no longer allowed to have accounts "
        "on social media apps such as TikTok, Instagram, Snapchat and YouTube. Australia is "
        "the first country in the world to bring in a ban like this. The government says it "
        "wants to protect young people from bullying, harmful content and spending too much "
        "time scrolling. Tech companies have to take reasonable steps to find and close the "
        "accounts of users who are too young, or they could be fined up to 49.5 million "
        "dollars. The companies fought hard against the law, and some say the battle is not "
        "over. Some teenagers told BTN they were worried about losing touch with friends and "
        "family who live far away. Others said they were relieved to have a break from their "
        "phones. Apps used for messaging, gaming and school, such as WhatsApp and Google "
        "Classroom, are not part of the ban. Other countries, including Denmark and New "
        "Zealand, are watching closely and may follow. What do you think about the ban?",
        "politics",
    ),
    (
        "General election: Labour wins huge victory",
        "The Labour Party has won the UK general election, and its leader, Keir Starmer, is "
        "the new prime minister. Labour won more than 400 of the 650 seats in the House of "
        "Commons, one of the biggest wins in its history. The Conservative Party, which had "
        "been in power for 14 years, lost more than 200 seats. In a general election, people "
        "across the UK vote for an MP, a person to represent their local area in Parliament. "
        "The party with the most MPs usually forms the government. Mr Starmer arrived at 10 "
        "Downing Street on Friday and promised to work for everyone, whether they voted for "
        "him or not. The former prime minister, Rishi Sunak, said sorry to Conservative "
        "candidates who lost their seats. The Liberal Democrats and Reform UK also won many "
        "more seats than last time. Some places were real battlegrounds, with just a handful "
        "of votes between the candidates. Turnout, which is the share of people who voted, "
        "was lower than at the last election. Scotland's biggest party, the SNP, lost most "
        "of its seats to Labour. More women were elected as MPs than ever before. You have "
        "to be 18 to vote in a general election, but the new government says it wants to let "
        "16-year-olds vote.",
        "politics",
    ),
    (
        "The UK votes to leave the European Union",
        "The UK has voted to leave the European Union, in a result that has surprised many "
        "people. The EU is a group of 28 countries that work together on things like trade, "
        "travel and laws. In a vote called a referendum, people were asked one question: "
        "should the UK stay in the EU or leave it? Almost 52 out of every 100 people who "
        'voted chose Leave. Many people call this Brexit, short for "Britain" and '
        '"exit". The campaign was a long fight, with both sides arguing about jobs, money '
        "and how many people come to live in the UK. The Prime Minister, David Cameron, "
        "wanted the UK to stay, and he has said he will step down by October. The UK is not "
        "leaving straight away, as it will take at least two years to agree the details. "
        "Young people were more likely to vote to stay, while older people were more likely "
        "to vote to leave. You had to be 18 to vote in the referendum. Scotland and Northern "
        "Ireland voted to stay, while England and Wales voted to leave. The value of the "
        "pound fell sharply on Friday morning as the result became clear. The UK joined the "
        "group, then called the European Economic Community, in 1973. How do you feel about "
        "the result?",
        "politics",
    ),
    (
        "Soldiers say they have taken over in Gabon",
        "Soldiers in Gabon, a country in Central Africa, say they have taken control of the "
        "country, just after the results of an election were announced. The president, Ali "
        "Bongo, had been declared the winner of the election, but the soldiers said the vote "
        "was not fair. In a message read out on television early on Wednesday, a group of "
        "officers said they were ending the government and had closed the country's borders. "
        "They said the president was being kept at home, and he later appeared in a video "
        'asking his friends around the world to "make noise". No shots were heard in the '
        "capital, Libreville, and there were no reports of anyone being hurt. Some people "
        "danced and sang in the streets to celebrate. Ali Bongo's family had run Gabon for "
        "more than 50 years, since his father became president in 1967. The African Union, a "
        "group of African countries, has suspended Gabon until it goes back to an elected "
        "government. The soldiers have chosen General Brice Oligui Nguema as the country's "
        "new leader.",
        "politics",
    ),
    (
        "School strike: children skip lessons to march for the climate",
        "Hundreds of thousands of children around the world missed school on Friday to take "
        "part in protests about climate change. Marches took place in more than 100 "
        "countries, from Australia and India to Uganda and the UK. The protests were "
        "inspired by Greta Thunberg, a 16-year-old from Sweden who started going on strike "
        "from school every Friday last year. She sits outside the Swedish parliament with a "
        'sign that says "School strike for climate". Young people carried homemade signs '
        'with messages like "There is no Planet B" and "Act now". In London, thousands '
        "of pupils filled Parliament Square, and in Melbourne the streets were packed. "
        "Police said the marches were peaceful. Some head teachers and politicians say "
        "children should not miss lessons, but others have praised them for speaking up. "
        "Climate change is the long-term heating of the planet, mostly caused by burning "
        "coal, oil and gas. Would you join a protest about something you cared about?",
        "protest",
    ),
    (
        "Farmers drive tractors to Westminster in tax protest",
        "Thousands of farmers have gathered in central London to protest about a new tax. "
        "Some drove tractors through the streets of Westminster, honking their horns and "
        "waving flags. The protest is about inheritance tax, which is money paid to the "
        "government when someone dies and leaves things like houses or land to their family. "
        "Until now, most farms did not have to pay this tax, but the government has said "
        "that from 2026 some bigger farms will have to. Farmers say this could mean families "
        "having to sell their land, and that the tax could end farms that have been in the "
        "same family for hundreds of years. The government says most farms will not be "
        "affected and that the money is needed for public services such as hospitals. Many "
        'farmers brought their children, and some held signs saying "No farmers, no food". '
        "The Metropolitan Police said the day passed off peacefully. The TV presenter Jeremy "
        "Clarkson, who owns a farm, also joined the rally.",
        "protest",
    ),
    (
        "Schools close as teachers go on strike",
        "Thousands of schools in England and Wales were closed or partly closed on Wednesday "
        "because teachers went on strike. A strike is when workers stop working for a time "
        "to show they are unhappy, usually about pay or conditions. The teachers, who are "
        "members of a union called the National Education Union, say their pay has not kept "
        "up with rising prices. They also say that too many teachers are leaving the job "
        "because they have too much work. Tens of thousands of teachers and supporters "
        "marched through London, and there were rallies in other cities too. Some schools "
        "stayed open for younger pupils and for those taking exams, while others set work "
        "online. The government says it cannot afford to give teachers the pay rise they "
        "want without making cuts elsewhere. More strike days are planned for March. Parents "
        "have been trying to sort out childcare, and some took their children to the marches "
        "with them. What would you do with a day off school?",
        "protest",
    ),
    (
        "Thousands march in Melbourne to show support for Ukraine",
        "Thousands of people marched through Melbourne on Sunday to show their support for "
        "the people of Ukraine. Many wore blue and yellow, the colours of Ukraine's flag, "
        "and carried sunflowers, the country's national flower. The march was organised by "
        "Ukrainian Australians, some of whom have family members still living in Ukraine. "
        "They walked from the State Library to Parliament House, singing songs and chanting "
        "for peace. Speakers asked the Australian government to do more to help refugees and "
        "to put more pressure on Russia to stop the war. A girl called Anastasia, who is "
        'nine, held a sign she had made that said "Peace for my grandma". Police said the '
        "march was calm and that there were no arrests. Similar rallies have been held in "
        "Sydney, Adelaide and Perth, and in cities around the world. Many schools have also "
        "been collecting money, and some have flown Ukraine's flag. What is one kind thing "
        "you could do for someone who is far from home?",
        "protest",
    ),
    (
        "Students lead huge peaceful rally in Serbia's capital",
        "Hundreds of thousands of people filled the streets of Belgrade, the capital of "
        "Serbia, on Saturday in one of the biggest protests in the country's history. The "
        "protests have been led by university students, who have been going on strike and "
        "blocking roads for months. They began after the roof of a train station in the city "
        "of Novi Sad fell down last November, killing 16 people. The students say the "
        "accident happened because of corruption, which means people in power acting "
        "dishonestly to get money or favours. Some students walked or cycled for days from "
        "other towns to get to the rally, and people along the way gave them food and hot "
        "drinks. At the rally, the crowd fell silent for 15 minutes to remember the people "
        "who died. The organisers asked everyone to stay calm, and the day passed off "
        "peacefully. Serbia's president, Aleksandar Vucic, said he would not give in to "
        "pressure from the streets. The students say they will keep going until they get "
        "answers.",
        "protest",
    ),
]
