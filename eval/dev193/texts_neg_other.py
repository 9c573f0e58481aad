"""dev193 plain negatives: fashion, design, wellness, refugee-run restaurants, food rivalries,
a fact-check and coffee, with their loose war words (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bombshell dresses and killer shoulders: the Oscars red carpet goes full Hollywood glamour",
        "After several years of cautious neutrals, the Oscars red carpet on Sunday night "
        "belonged to the bombshell. Sequins, corsetry and plunging necklines were everywhere, "
        "in a return to the old-Hollywood glamour of the 1950s that stylists had been "
        "predicting for months. The night's best-dressed lists were led by a best-actress "
        "nominee in a strapless scarlet column with a train that needed two assistants, and a "
        "supporting-actor winner in a velvet tuxedo the colour of crème de menthe. Shoulders "
        "were sharp enough to cut glass, and several actresses wore opera gloves. \"It's "
        'armour," one stylist said of the trend for structured bodices. "They want to look '
        'like they could win any fight in the room." Not everything worked: one '
        "much-anticipated gown, covered in feathers, drew comparisons with a startled "
        "flamingo. The after-parties brought a second wave of looks, with shorter hemlines "
        "and a lot of silver. Fashion critics agreed the evening marked the end of the "
        "quiet-luxury era, at least for a night.",
        "other",
    ),
    (
        "Killer heels are back, and so are the podiatrists' warnings",
        "For several years, the trainer ruled. Now, according to buyers at department stores "
        "in London, Paris and New York, the stiletto is making a comeback, with sales of "
        "heels over ten centimetres up sharply this season. Designers sent towering pointed "
        "pumps down the runways in Milan and Paris, and fashion editors have declared the "
        'return of the killer heel. Podiatrists are less enthusiastic. "Wearing a very high '
        "heel shifts the body's weight onto the ball of the foot, and over years that causes "
        'real damage," said a consultant at a London foot clinic. She recommends heels of no '
        "more than four centimetres for everyday wear, and stretching the calves after a "
        "night out. Shoe designers argue that new materials and padded insoles make today's "
        "stilettos more comfortable than those of the 1990s. Some shoppers are unconvinced "
        "and are buying kitten heels instead. A buyer at one London store said they were "
        "selling both, often to the same customer.",
        "other",
    ),
    (
        "The chef who fired his whole kitchen by text message, and hired most of them back",
        "It was the message that spread across every restaurant group chat in Melbourne: at "
        "11 pm on a Sunday, the chef-owner of one of the city's most celebrated wine bars "
        "texted his entire kitchen brigade of nine to say they were all fired. By Tuesday he "
        "had apologised, and by Friday seven of them were back at work. In an interview this "
        "week, the chef, who has a reputation for a fierce temper and two hats in the Good "
        "Food Guide, said he had been exhausted and angry after a weekend of bad reviews and "
        "a walk-in fridge that failed. \"It was a stupid, childish thing to do and I'm ashamed "
        'of it," he said. Former staff have described a kitchen culture of screaming and '
        "16-hour shifts, and the hospitality workers' union said the episode showed the need "
        "for better protections. Two of the cooks who did not return have opened their own "
        "pop-up in Fitzroy. The restaurant was fully booked again by the weekend.",
        "other",
    ),
    (
        "From Aleppo to Neukölln: the Syrian bakery that Berlin queues for",
        "On a Saturday morning on Sonnenallee in Berlin's Neukölln district, the queue "
        "outside the Bab al-Faraj bakery reaches the next corner. Inside, the baker Ghassan "
        "Hallak and his two sons turn out trays of kaak, sesame-covered bread rings, and the "
        "ma'amoul filled with dates and pistachio that his family made in Aleppo for three "
        "generations. Hallak left Syria in 2015, crossed into Turkey and then Greece, and "
        "walked much of the Balkan route with his wife and children before arriving in "
        "Germany. He spent his first winter in a sports hall in Spandau, where he baked "
        "flatbread for the other families on a borrowed camping stove. He then worked in a "
        "supermarket warehouse for two years while he learned German and saved to open the "
        "bakery. The first shop, opened in 2019, had one oven and no seats. Today he employs "
        "14 people, some of them Syrian, some German and one Ukrainian, and supplies cafés "
        'across the city. "At first the customers were only Arabs; now half are Germans who '
        'want pistachio," he said. In Ramadan the bakery stays open until two in the morning, '
        "and the queue for qatayef stretches past the kebab shop next door. His sons, who "
        "arrived as children, are training as a pastry chef and a business manager. Hallak, "
        "who became a German citizen last year, said he still dreams of Aleppo, but that "
        "Berlin is home now. He is planning a second shop in Kreuzberg, and a third, if the "
        'bank agrees, in Hamburg. "My father said a baker must get up before everyone," he '
        'said. "In Germany, that is an advantage."',
        "other",
    ),
    (
        "Afghan women who cook for Paris: a catering business grows out of a language class",
        "The business started in a French class for refugees in the 19th arrondissement, when "
        "one of the students brought a tray of bolani, stuffed flatbreads, to share at the "
        "end of term. Four years later, the women from that class run a catering company that "
        "cooks Afghan food for offices, weddings and cultural centres across Paris, and last "
        "month they opened a small canteen near the Canal Saint-Martin. All seven of the "
        "cooks came to France after the Taliban returned to power in 2021; some were "
        "teachers, one was a journalist, and one had run a beauty salon in Herat. Their menu "
        "includes qabili palaw, rice with carrots and raisins, mantu dumplings and firni, a "
        'rosewater pudding. "In Kabul we cooked for our families; here, we cook for '
        "strangers, and they become friends,\" said the group's founder, a former "
        "schoolteacher. The canteen is financed partly by a social enterprise fund and partly "
        "by crowdfunding. The women say their next goal is a cookbook.",
        "other",
    ),
    (
        "A varenyky bar in Lisbon, run by a chef from Kharkiv, becomes the Ukrainian "
        "diaspora's living room",
        "Oksana Melnyk did not plan to open a restaurant in Portugal. A pastry chef in "
        "Kharkiv, she arrived in Lisbon with her daughter in the spring of 2022, after the "
        "full-scale invasion, and spent her first months cooking in the kitchen of a hostel "
        "in exchange for a room. Her varenyky, dumplings filled with potato, cherries or "
        "cottage cheese, became so popular with the hostel's guests that a Portuguese friend "
        "offered to back a small bar in the Arroios district. It opened last year with eight "
        "stools and a counter, and on weekends there is a queue of Ukrainians, Portuguese and "
        "tourists. The menu also includes borscht, which Melnyk makes with smoked pear, and "
        "syrniki for breakfast. Portuguese customers have taken to the cherry varenyky, which "
        "she serves with sour cream and a spoonful of ginja, the local sour-cherry liqueur. "
        '"People come to eat, but also to speak Ukrainian and be among their own," she said. '
        "She sends part of the profits to a charity that supports children in Kharkiv. Her "
        "husband, a software engineer, joined them last year, and now does the accounts. They "
        "have no plans to move back for now, she said.",
        "other",
    ),
    (
        "Milan Design Week: an explosion of colour as designers declare war on beige",
        "If there was one message from this year's Salone del Mobile in Milan, it was that "
        "the beige era is over. Across the fair and the hundreds of installations in the "
        "city's courtyards and palazzi, designers bombarded visitors with colour: lacquered "
        "tables in tomato red, sofas in pistachio and rust, and ceramics in glazes that "
        "looked good enough to eat. One Danish brand, known for its muted Scandinavian "
        "palette, unveiled a range of armchairs in cobalt blue and mustard. Another showed a "
        'kitchen in striped marble, an idea a critic described as "a direct attack on good '
        'taste, and all the better for it". Sustainability remained a theme, with chairs made '
        "from recycled fishing nets and lamps made from mycelium. Attendance was up on last "
        "year, the organisers said, with more than 350,000 visitors. The buyers from hotels "
        "and restaurants, who furnish many of the rooms that end up on social media, were out "
        "in force.",
        "other",
    ),
    (
        "Boot camp for the soul: the Kerala retreat where the ayurvedic regime runs with "
        "military precision",
        "The first thing you surrender at the retreat, on a hillside above the backwaters "
        "near Kollam, is your phone. The second is your coffee. For the next 14 days, guests "
        'follow a regime that one of them described, not entirely fondly, as "a drill '
        'sergeant in a white coat": yoga at six, oil massage at nine, a bitter herbal '
        "decoction before every meal, lights out at ten. Meals are vegetarian and cooked "
        "according to each guest's dosha, as assessed by a doctor on arrival. The retreat is "
        "one of dozens in Kerala that have grown on a wave of wellness tourism, drawing "
        "visitors from Europe, the Gulf and, increasingly, India's own cities. Prices start "
        "at about $200 a night. The doctors say the treatments help with stress, digestion "
        "and joint pain, though scientific evidence for many ayurvedic remedies is limited. "
        "By the end of the fortnight, most guests seemed to have made peace with the "
        'decoction. "I slept more than I have in years," said a banker from Mumbai.',
        "other",
    ),
    (
        'Fact check: the video of a "bombed" bakery shared as Kharkiv shows a gas explosion '
        "in Turkey in 2019",
        "A video shared thousands of times this week on social media with the caption "
        '"Russian missile destroys bakery in Kharkiv this morning" does not show Ukraine. The '
        "clip, which shows a shopfront blown apart and people running from a cloud of dust, "
        "was filmed in the Turkish city of Izmir in 2019, after a gas leak caused an "
        "explosion in a bakery, a reverse image search shows. Turkish media reported at the "
        "time that four people were injured in the blast, and the same footage was broadcast "
        "by several Turkish channels. The signs above the shop in the video are in Turkish, "
        "and a street sign visible at the end of the clip matches a street in Izmir's "
        "Karşıyaka district. Some posts sharing the video have since been deleted, but it was "
        "still circulating on Telegram and X on Friday, with several million views in total. "
        "Officials in Kharkiv said they had no reports of a strike on a bakery that day, and "
        "the city's emergency services listed no incident at any food shop. Fact-checkers say "
        "recycled footage of old accidents and disasters is often passed off as new, "
        "especially when it shows something people expect to see. The oldest copy of the clip "
        "found online was uploaded by a local news site in Izmir on the day of the explosion.",
        "other",
    ),
    (
        "The jollof wars: Ghana and Nigeria reignite their rice rivalry online",
        "Few food fights are as long-running, or as good-natured, as the one between Ghana "
        "and Nigeria over who makes the better jollof rice. This week, it flared again after "
        'a Nigerian chef claimed on a popular podcast that Ghanaian jollof was "just spiced '
        'rice", prompting thousands of responses from Accra and a challenge to a cook-off. '
        "Ghanaian jollof is generally made with fragrant jasmine or basmati rice, while "
        "Nigerians use parboiled long-grain rice and cook it until it picks up the smoky "
        "flavour of the pot bottom. Senegal, where the dish is believed to have originated, "
        "tends to watch from the sidelines. Restaurants in London and Houston, where the two "
        "diasporas meet, have staged their own jollof battles with blind tastings. \"It's war, "
        'but the delicious kind," said a Ghanaian chef in Peckham, who has hosted one every '
        "year since 2017. Organisers of this year's cook-off in Lagos say both sides have "
        "agreed on a panel of judges from Sierra Leone. No one expects the result to settle "
        "anything.",
        "other",
    ),
    (
        "The Yemeni-American who is bringing mocha back to the world's coffee cups",
        "Five centuries ago, the port of Mocha on Yemen's Red Sea coast gave its name to "
        "coffee, and for a long time it was the only place in the world that exported the "
        "beans. Today, Yemen grows only a tiny share of the world's coffee, and most of it "
        "never leaves the country. Hamza Alkhanshali, the son of Yemeni immigrants who grew "
        "up in Dearborn, Michigan, has spent eight years trying to change that. He buys "
        "directly from farmers in the terraced mountains west of Sanaa and south of Taiz, "
        "pays them above the market price and ships the beans to his roastery in Michigan, "
        "where a cup of the best lots sells for $16. Yemeni coffee is grown on tiny plots, "
        "often without irrigation, and dried on rooftops; the varieties, some of which exist "
        "nowhere else, give a cup that tastes of dried fruit and spice. He says the war that "
        "has divided Yemen since 2015 has made exporting slow and expensive, with shipments "
        "routed through Aden and delayed for months. Farmers have also torn out coffee to "
        "grow qat, which pays faster, and he has paid for seedlings and drying beds to "
        "persuade some of them to switch back. His cafés, which serve Yemeni spiced coffee "
        "and qishr, made from coffee husks, have spread to four states and draw long queues "
        'of students late at night. "People think of Yemen only as a tragedy," he said. "I '
        'want them to taste something good from there."',
        "other",
    ),
]
