"""dev187 negatives: the military without violence (4) and ordinary news (8)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Britain's newest aircraft carrier sails into Portsmouth",
        "HMS Prince of Wales, one of the biggest warships ever built for the Royal Navy, has "
        "sailed into its new home in Portsmouth for the first time. Crowds gathered on the "
        "harbour walls to watch the huge ship arrive, and some children waved flags. The "
        "aircraft carrier is 280 metres long, which is about the length of three football "
        "pitches, and it weighs 65,000 tonnes. It can carry up to 36 fighter jets, which "
        "take off from a ramp at the front of the ship called a ski jump. The ship took "
        "about eight years to build, and parts of it were made in six different shipyards "
        "before being put together in Scotland. It has a crew of around 700 sailors, with "
        "cinemas, gyms and a hospital on board. The navy says the carrier will be used for "
        "training, for helping in disasters and for working with other countries' navies. "
        "Its sister ship, HMS Queen Elizabeth, arrived two years ago. Would you like to live "
        "on a ship?",
        "military",
    ),
    (
        "What is AUKUS? Australia's plan for nuclear-powered submarines",
        "Australia is going to buy nuclear-powered submarines as part of a deal with the "
        "United States and the United Kingdom. The three countries announced the plan at a "
        "naval base in San Diego, in the US. The deal is called AUKUS, which is made from "
        "the first letters of Australia, the UK and the US. Under the plan, Australia will "
        "buy at least three American submarines in the 2030s, and then build its own with "
        "help from the UK. Nuclear-powered submarines can stay underwater for months without "
        "coming up, because they do not need to refuel. The submarines will not carry "
        "nuclear weapons. The plan will cost up to 368 billion dollars over the next 30 "
        "years, and it will create thousands of jobs in South Australia. Some people say the "
        "money should be spent on schools and hospitals instead. China has criticised the "
        "deal. BTN asked some students what they thought, and most said they had never even "
        "seen a submarine.",
        "military",
    ),
    (
        "Finland becomes NATO's newest member",
        "Finland has officially joined NATO, a military alliance of countries from Europe "
        "and North America. Finland's flag was raised outside NATO's headquarters in "
        "Brussels, in Belgium, on Tuesday, as the country became the alliance's 31st member. "
        "Members of NATO promise to protect each other if one of them is ever attacked. "
        "Finland shares a long border with Russia, more than 1,300km long. For many years, "
        "it chose not to join any military alliance, but most people there changed their "
        "minds after Russia invaded Ukraine last year. Russia has said it is unhappy about "
        "Finland joining and that it will strengthen its own forces near the border. "
        "Finland's army has more than 200,000 soldiers who can be called up, because most "
        "young men in Finland do military service.",
        "military",
    ),
    (
        "Trooping the Colour: King rides on horseback for his birthday parade",
        "King Charles has ridden on horseback at Trooping the Colour, the parade held every "
        "year to mark the monarch's official birthday. It was the first time a king or queen "
        "had ridden in the parade since 1986. More than 1,400 soldiers, 200 horses and 400 "
        "musicians took part on Horse Guards Parade in London. The soldiers marched in "
        "perfect lines, wearing red tunics and tall bearskin hats. Trooping the Colour dates "
        "back more than 260 years, when soldiers were shown their regiment's flag, or "
        "colour, so they would recognise it on the battlefield. At the end of the parade, "
        "the royal family came out onto the balcony at Buckingham Palace to watch a flypast. "
        "Planes from the Royal Air Force, including the Red Arrows, flew overhead trailing "
        "red, white and blue smoke. The King's real birthday is in November, but the parade "
        "is held in June when the weather is usually better. Have you ever seen a parade?",
        "military",
    ),
    (
        "Spacecraft crashes into asteroid in test to protect Earth",
        "A NASA spacecraft has smashed into an asteroid on purpose, in a test to see whether "
        "we could protect Earth from space rocks in the future. The spacecraft, called DART, "
        "travelled for ten months to reach the asteroid, which is called Dimorphos. "
        "Dimorphos is about 160 metres wide and orbits a bigger asteroid, and it is not a "
        "danger to Earth. DART was about the size of a vending machine and was travelling at "
        "around 22,000km per hour when it hit. Scientists at NASA cheered as the last "
        "pictures sent back by the spacecraft showed the rocky surface of the asteroid "
        "getting closer and closer. Later, they found that the crash had changed the "
        "asteroid's path, which means the test worked. One day, if a big asteroid were "
        "heading towards Earth, a spacecraft like DART might be able to push it off course. "
        "Scientists think an asteroid hit Earth around 66 million years ago and helped wipe "
        "out the dinosaurs. Would you like to work for a space agency?",
        "other",
    ),
    (
        "King Charles is crowned at Westminster Abbey",
        "King Charles III has been crowned at Westminster Abbey in London, in a ceremony "
        "watched by millions of people around the world. It was the first coronation in the "
        "UK for 70 years, since his mother, Queen Elizabeth II, was crowned in 1953. During "
        "the service, the Archbishop of Canterbury placed the St Edward's Crown on the "
        "King's head. The crown is more than 360 years old and is made of solid gold. Queen "
        "Camilla was crowned too. After the service, the King and Queen travelled back to "
        "Buckingham Palace in a golden carriage pulled by eight horses, and they waved to "
        "crowds from the balcony. Thousands of people camped out on the streets for days to "
        "get a good view. On Sunday, people held street parties and big lunches, and a "
        "concert took place at Windsor Castle. Many people also did volunteering on the "
        "Monday, which was a bank holiday. The ceremony included a choir, a gospel group and "
        "a new piece of music by Andrew Lloyd Webber. Prince George, who is nine, was one of "
        "the King's pages, helping to carry his long robes. Around 100 heads of state, as "
        "well as celebrities such as Katy Perry, were among the 2,000 guests. Did you watch "
        "the coronation or go to a party?",
        "other",
    ),
    (
        "Welcome to the Year of the Snake",
        "People around the world have been celebrating Lunar New Year, and this year it is "
        "the Year of the Snake. Lunar New Year is based on the cycles of the moon, so it "
        "falls on a different day each year, usually in January or February. It is "
        "celebrated by more than a billion people, in countries including China, Vietnam and "
        "South Korea, and in Chinese communities around the world. Families get together for "
        "big meals, clean their homes to sweep away bad luck, and give children red "
        "envelopes with money inside. In London, thousands of people watched a parade with "
        "dragon and lion dancers through Chinatown. Each year in the Chinese zodiac is "
        "linked to one of 12 animals, and the snake is sixth. People born in the Year of the "
        "Snake are said to be wise, calm and clever. Fireworks are set off at midnight to "
        "scare away an old monster called Nian.",
        "other",
    ),
    (
        "New pope chosen as white smoke rises over the Vatican",
        "Catholic cardinals have chosen a new pope, and he is the first ever to come from "
        "the United States. He is Cardinal Robert Prevost, and he has chosen to be called "
        "Pope Leo XIV. The pope is the leader of the Catholic Church, which has more than a "
        "billion members around the world. The new pope was chosen by 133 cardinals, who met "
        "in secret in the Sistine Chapel in Vatican City. When they had voted for a winner, "
        "white smoke came out of the chapel's chimney to tell the world. Tens of thousands "
        "of people in St Peter's Square cheered as the smoke appeared. Pope Leo, who is 69, "
        "spent many years working as a missionary in Peru, and he also has Peruvian "
        "citizenship. He takes over from Pope Francis, who died in April. In his first "
        "speech, he spoke about peace and about building bridges between people. Vatican "
        "City is the smallest country in the world.",
        "other",
    ),
    (
        "Should pupils use AI chatbots for homework?",
        "A computer program called ChatGPT has got teachers talking, because it can write "
        "essays, poems and even jokes in seconds. ChatGPT is a type of artificial "
        "intelligence, or AI, known as a chatbot. You type in a question, and it types back "
        "an answer that sounds as if a person wrote it. Since it was released at the end of "
        "last year, millions of people have tried it out. Some schools and universities have "
        "banned pupils from using it for homework, because they are worried it could be used "
        "to cheat. Others think it could be a helpful tool, like a calculator, if pupils are "
        "taught to use it properly. Experts also warn that ChatGPT sometimes gets things "
        "wrong while sounding very sure of itself. One teacher in Bristol said she asks her "
        "class to check the chatbot's answers against books. The company that makes it says "
        "it is working on ways to spot writing made by AI. Would you trust a chatbot with "
        "your homework?",
        "other",
    ),
    (
        "Ukrainian girl who fled her home wins national chess title",
        "A 12-year-old girl who came to Britain from Ukraine three years ago has won the "
        "national under-14 girls' chess championship. Zlata and her mother left their home "
        "in Kharkiv in the spring of 2022, soon after the war began, and settled in a town "
        "near Manchester. She had learned chess from her grandfather, and she joined a club "
        "at her new school when she could hardly speak any English. \"Chess doesn't need "
        'words, so it helped me make friends," she said. She won six of her seven games at '
        "the championship in Birmingham and drew the last one. Her coach said she plays "
        "bravely and is not afraid to attack, even against older players. Zlata now speaks "
        "English fluently and says her favourite subjects are maths and art. She still talks "
        "to her grandfather, who lives in western Ukraine, on video calls every week, and "
        "they sometimes play online. Next year, she hopes to represent England at an "
        "international tournament. Her mother, Olena, who was a music teacher in Kharkiv, "
        'now works at a cafe in the town. "We are very proud, and very grateful to the '
        "school,\" she said. Zlata's advice to other children who move to a new country is "
        'simple: "Find something you love and do it."',
        "other",
    ),
    (
        "Children in Need raises millions for young people",
        "The BBC's Children in Need appeal has raised more than 39 million pounds so far "
        "this year. The money will go to charities and projects that help children and young "
        "people across the UK. Some of them support young carers, who look after a parent or "
        "brother or sister, while others help children who are unwell or who do not have "
        "enough money for food. The appeal's mascot is a yellow bear called Pudsey, who "
        "wears a spotty bandage over one eye. On the night, celebrities took part in "
        "sketches, songs and challenges on live TV. Schools across the country held cake "
        "sales, sponsored silences and non-uniform days, and many pupils dressed up in "
        "yellow. One boy in Cornwall raised more than 2,000 pounds by running a mile every "
        "day for a month. Children in Need has been going since 1980 and has raised more "
        "than a billion pounds in that time. How did your school take part?",
        "other",
    ),
    (
        "Great Barrier Reef hit by another bout of coral bleaching",
        "Scientists say large parts of the Great Barrier Reef in Australia have been "
        "affected by coral bleaching again this summer. The reef is the largest living "
        "structure on Earth and can be seen from space. It is home to thousands of kinds of "
        "fish, turtles, sharks and other sea creatures. Coral bleaching happens when the "
        "water gets too warm, and the tiny algae that live inside the coral and give it "
        "colour leave. The coral then turns white and can starve if the water stays too hot "
        "for too long. Surveys from planes found bleaching on hundreds of reefs, from the "
        "far north to the south. This is the fifth big bleaching event in eight years, and "
        "scientists say it is happening more often because of climate change. Coral can "
        "recover if the water cools down, but it needs time. Scientists are testing ways to "
        "help, such as growing baby corals that can cope better with heat. Have you ever "
        "been snorkelling?",
        "other",
    ),
]
