"""dev187 negatives: health (3), crime (3), economy (3)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Schools across the UK to close because of coronavirus",
        "Schools in England, Scotland and Wales will close their doors from Friday afternoon "
        "to help slow the spread of coronavirus. The Prime Minister, Boris Johnson, said "
        "schools would stay open only for the children of key workers, such as doctors, "
        "nurses and delivery drivers, and for some children who need extra support. Exams "
        "such as GCSEs and A-levels, which were due to take place in the summer, have been "
        "cancelled. Coronavirus, also called Covid-19, is a new illness that can cause a "
        "cough and a high temperature. Most people, especially children, only get a mild "
        "illness, but it can be very serious for older people. Scientists say keeping people "
        "apart is one of the best ways of stopping it from spreading. Teachers are planning "
        "to set work online, and some pupils have been told to take their books home. Many "
        "children have said they are excited about a break, but also worried about missing "
        "their friends. Remember to wash your hands for 20 seconds, about as long as it "
        "takes to sing Happy Birthday twice.",
        "health",
    ),
    (
        "First malaria vaccine for children gets the go-ahead",
        "The World Health Organization, or WHO, has said that a vaccine against malaria "
        "should be given to millions of children in Africa. It is the first time a vaccine "
        "has been approved to protect against the disease, which scientists have been trying "
        "to do for more than 100 years. Malaria is spread by mosquitoes, and it kills "
        "hundreds of thousands of people every year, most of them children under five in "
        "Africa. The vaccine, called RTS,S, was tested on more than 800,000 children in "
        "Ghana, Kenya and Malawi. It does not stop every case, but it cuts the number of "
        "children who get very ill. The WHO's chief called it a historic day in the fight "
        "against malaria. Children will need four doses to be fully protected. Doctors say "
        "people should still sleep under nets and use insect spray, because the vaccine "
        "works best alongside them. A vaccine helps your body learn to fight off a disease "
        "before you catch it.",
        "health",
    ),
    (
        "Parents urged to check jabs as measles cases rise",
        "Health officials in England are urging parents to make sure their children have had "
        "their measles vaccinations, after a rise in cases. Measles is a very catchy illness "
        "that causes a high temperature, a cough and a red, blotchy rash. Most children "
        "recover, but it can sometimes lead to serious problems with the lungs and brain. "
        "Hundreds of children have caught measles in the West Midlands in the past few "
        "months, and some have had to go to hospital. The MMR jab protects against measles, "
        "mumps and rubella, and children are given two doses, usually at one year and at "
        "three years and four months. Fewer children have been getting the jab in recent "
        "years, and doctors say that has let the disease come back. Some schools are holding "
        "vaccination sessions so that pupils can catch up. If you are not sure whether you "
        "have had your jabs, ask a parent or carer to check your red book. Measles can "
        "spread to nine out of ten unvaccinated people who are close to someone with it.",
        "health",
    ),
    (
        "Two men found guilty of cutting down Sycamore Gap tree",
        "Two men have been found guilty of cutting down the famous Sycamore Gap tree in "
        "Northumberland. The sycamore stood in a dip next to Hadrian's Wall for more than "
        "100 years, and it was one of the most photographed trees in the country. One night "
        "in September 2023, the tree was chopped down with a chainsaw, and people across the "
        "country were shocked and upset. A jury at Newcastle Crown Court heard that the two "
        "men filmed themselves cutting it down and then drove away. They were found guilty "
        "of causing criminal damage to the tree and to Hadrian's Wall, which is nearly 2,000 "
        "years old. The judge will decide their punishment later. The good news is that "
        "seeds and cuttings from the tree have been grown into new young trees, and some "
        "have been given to schools and community groups.",
        "crime",
    ),
    (
        "Robbers steal crown jewels from the Louvre in daring daytime raid",
        "Thieves have stolen precious jewellery from the Louvre in Paris, the most visited "
        "museum in the world. The robbers arrived on Sunday morning, just after the museum "
        "opened, with a truck that had a lift on the back, like the ones used to move "
        "furniture. They used it to reach a window on the first floor, cut through the glass "
        "with power tools, and broke into two display cases. The whole raid took about seven "
        "minutes. They took eight items of jewellery that once belonged to French queens and "
        "empresses, including a necklace covered in emeralds and diamonds. The thieves "
        "escaped on scooters, and dropped a crown on the way. No one was hurt, but the "
        "museum was closed for the rest of the day while police searched for clues. Experts "
        "say the jewels are priceless, which means they are so valuable that it is "
        "impossible to put a price on them. French police have since arrested several "
        "people.",
        "crime",
    ),
    (
        "Hackers steal children's pictures from nursery company",
        "Hackers say they have stolen the names, photos and home addresses of thousands of "
        "young children from a company that runs nurseries in London. The company, called "
        "Kido, runs 18 nurseries in the UK. The hackers broke into its computer system and "
        "then asked for money to stop them from publishing the information. This is called a "
        "ransomware attack. To try to make the company pay, they posted pictures and details "
        "of some of the children online. Parents were shocked and angry, and many said they "
        "were worried about their children's safety. The Metropolitan Police said it was "
        "investigating, and later two teenagers were arrested. Cyber security experts say "
        "attacks like this are a crime and that companies should not pay hackers. Later, the "
        "hackers said they had deleted the data. How do you keep your own information safe "
        "online? Using strong passwords and not sharing personal details are good places to "
        "start.",
        "crime",
    ),
    (
        "Why are Easter eggs more expensive this year?",
        "If you have been shopping for Easter eggs, you might have noticed that they cost "
        "more than last year, and some have got smaller. The reason is cocoa, the main "
        "ingredient in chocolate. Most of the world's cocoa is grown in two countries in "
        "West Africa, Ivory Coast and Ghana. Bad weather, heavy rain and a plant disease "
        "have damaged the crops there, so there is much less cocoa to go round. When there "
        "is not enough of something that lots of people want, the price goes up. The price "
        "of cocoa has more than doubled in a year, reaching its highest level ever. "
        "Chocolate makers say they have no choice but to charge more. Some shops have "
        "started a price war on eggs to win over shoppers, cutting prices on big brands. "
        "Farmers in West Africa are paid a set amount for their cocoa, so many are not "
        "getting rich from the rising prices. Would you still buy an Easter egg if it cost "
        "twice as much?",
        "economy",
    ),
    (
        "Trade war: could your toys cost more?",
        "The United States has put big new taxes on things it buys from other countries, and "
        "that could mean higher prices for toys, games and trainers. These taxes are called "
        "tariffs. President Donald Trump says tariffs will protect American jobs and make "
        "other countries treat the US more fairly. But China, which makes most of the "
        "world's toys, has hit back with tariffs of its own on American goods. When two "
        "countries keep raising taxes on each other like this, people call it a trade war. "
        "Nobody is actually fighting, but businesses and shoppers can end up paying more. "
        "Some American toy shops say they have stopped ordering new stock from China until "
        "they know what will happen. Toy makers warned that prices for Christmas could go "
        "up. Economists, who study how money and trade work, say a long trade war could slow "
        "down the whole world's economy. Do you know where your favourite toy was made? "
        "Check the label.",
        "economy",
    ),
    (
        "Switch 2 sells millions as console war heats up",
        "Nintendo's new games console, the Switch 2, has become the fastest-selling console "
        "ever, with more than three and a half million sold in its first four days. Fans "
        "queued outside shops at midnight to get their hands on it when it went on sale on "
        "Thursday. The Switch 2 has a bigger screen than the original Switch and can run "
        "more detailed games. It also has a new button that lets players chat with friends "
        "while they play. The most popular game so far is Mario Kart World, where up to 24 "
        "players can race at once. The console costs more than the first Switch, and some "
        "parents have said it is too expensive. Nintendo is in a console war with Sony and "
        "Microsoft, the companies that make PlayStation and Xbox. Experts say Nintendo has "
        "won over families by making games that people of all ages can play together. Which "
        "console, if any, do you have at home?",
        "economy",
    ),
]
