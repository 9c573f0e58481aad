"""dev245 negatives: military families, soldiers' weddings, war memories, peace and reunions,
books and films about families in war (military, history, peace, entertainment)."""

NEGATIVES = [
    (
        "Nine months, three children, one parent: life as an army spouse during a deployment",
        "When Staff Sergeant Marcus Bell left Fort Campbell for a nine-month rotation to Poland in "
        "March, his wife Tasha started a paper chain on the fridge: one link for every day he would "
        "be away. Their three children take turns tearing one off each morning. Bell's unit is "
        "part of the US Army's regular rotation of troops to Nato's eastern flank, where soldiers "
        "train alongside Polish and Baltic forces. Tasha says the hardest part is not the "
        "logistics but the small things: a lost tooth, a school play, a broken washing machine. "
        "The base's family readiness group runs a weekly dinner for spouses and a babysitting swap "
        "so parents can attend appointments. Military family charities say frequent moves and "
        "long separations make it hard for spouses to keep jobs, and unemployment among them is "
        "several times the national rate. “He video-calls at bedtime, which is six in the morning "
        "for him,” Tasha said. “The kids think Poland is where the sun gets up early.”",
        "military",
    ),
    (
        "Two soldiers marry under an arch of rifles at Townsville barracks",
        "Lance Corporals Jess Moran and Daniel Okafor met on a driving course in 2019 and were "
        "married on Saturday at Lavarack Barracks in Townsville, walking out of the chapel under "
        "an arch of rifles held by members of their battalion. The ceremony, a tradition for "
        "service members in Australia and Britain, drew around 120 guests, many in uniform. Moran "
        "serves as a medic and Okafor as a mechanic in the 3rd Brigade. The couple said their "
        "biggest challenge had been finding a date when neither was away on exercise; the wedding "
        "was moved twice because of Talisman Sabre, the large joint training exercise with US "
        "forces. Their commanding officer gave a speech that, guests said, included several jokes "
        "about military paperwork. “We've done field exercises in the wet season,” Okafor said. "
        "“Planning a wedding was harder.” The couple will honeymoon in Bali before returning to "
        "their unit in a fortnight.",
        "military",
    ),
    (
        "Tears and balloons as carrier crew come home to Portsmouth",
        "Hundreds of families lined the harbour wall at Portsmouth on Friday as the aircraft "
        "carrier HMS Prince of Wales returned from an eight-month deployment to the Indo-Pacific. "
        "Children held home-made banners and waved union flags as the 65,000-tonne ship came in "
        "past the Round Tower, with sailors lining the flight deck. The carrier strike group "
        "visited ports in Japan, Australia and India and took part in exercises with allied "
        "navies. For some crew members, it was the first time they had met babies born while "
        "they were at sea. Able Seaman Kieran Doyle held his four-month-old son for the first "
        "time on the jetty. “I've seen him on a screen every week,” he said. “It's not the "
        "same.” The Royal Navy said the deployment was the largest of its kind in several years. "
        "Families' officers had organised a welcome area with hot drinks and a bouncy castle.",
        "military",
    ),
    (
        "Growing up on base: the schools that teach children of US troops in Japan",
        "At Kadena Elementary School in Okinawa, the class lists change every summer. About a "
        "third of pupils move away each year as their parents are posted to new bases, and new "
        "children arrive from Texas, Germany or Guam. The school is one of about 160 run by the "
        "Department of Defense Education Activity for the children of service members around the "
        "world. Teachers say the constant moves make children adaptable but can also make "
        "friendships fragile. The school runs a welcome club in which older pupils show new "
        "arrivals around, and counsellors keep track of children whose parents are away on "
        "long deployments. Some parents worry about gaps in learning when curricula differ from "
        "one state to another. “My daughter has been to five schools and she's ten,” said one "
        "Air Force mother. “She's brilliant at first days.” Japanese lessons are part of the "
        "curriculum from kindergarten.",
        "military",
    ),
    (
        "Sweden mails every household a guide on what to do 'if crisis or war comes'",
        "Swedish households have begun receiving an updated version of a civil defence booklet "
        "that tells families how to prepare for emergencies, including war. The guide, sent to "
        "about five million homes, advises keeping enough water, food and medicine for at least a "
        "week, a battery radio and cash, and explains what the sirens mean. New sections cover "
        "cyberattacks, disinformation and how to talk to children about the news. The Swedish "
        "Civil Contingencies Agency said the update reflected a worsening security situation in "
        "Europe. Parenting forums filled with questions about how to discuss the leaflet with "
        "young children, and some schools sent letters home suggesting ways to answer. Finland "
        "and Norway have published similar advice. “We packed a box with my son, like a game,” "
        "said Anna Lindqvist, a mother in Uppsala. “He insisted on adding his teddy and a packet "
        "of crisps.”",
        "military",
    ),
    (
        "Retired army dogs find new homes with families in Delhi",
        "Eleven dogs retired from the Indian Army's Remount and Veterinary Corps were handed over "
        "to families in Delhi on Sunday at an adoption drive held in the Delhi Cantonment. The "
        "Labradors, German shepherds and Belgian Malinois had served in roles ranging from "
        "explosive detection to tracking and guard duties, and most were eight or nine years old. "
        "Until a few years ago, many retired military dogs were put down; the army now rehomes "
        "them with approved families, who must show they have space and time for an older animal. "
        "Adopters were given the dogs' service records, vaccination cards and advice on diet. "
        "“They are used to routine and commands, but they also need to learn to be pets,” said a "
        "veterinary officer. One family from Dwarka adopted a nine-year-old Labrador named Rocky, "
        "who served with an infantry unit. Their daughter said she had already bought him a new "
        "bed.",
        "military",
    ),
    (
        "Conscription for women: Danish families adjust to new military service rules",
        "Danish parents with daughters turning 18 are getting used to a new letter in the post. "
        "From this year, young women in Denmark are called to the same assessment day as young "
        "men, where those drafted are selected by lottery if there are not enough volunteers. The "
        "government also extended basic military service from four to 11 months as part of a "
        "plan to raise defence spending. Many families say they support the change in principle "
        "but worry about the effect on studies and jobs. “She wanted a gap year in Australia,” "
        "said Mette Sørensen, whose daughter Freja was called up. “Now it may be a gap year in "
        "Jutland.” Freja herself is more relaxed and says several friends have volunteered. The "
        "armed forces say they are building more barracks and hiring instructors to cope with the "
        "larger intake. Norway and Sweden already conscript women.",
        "military",
    ),
    (
        "'We slept in the Underground': a grandmother tells her grandchildren about the Blitz",
        "At a primary school in Lambeth, 94-year-old Joan Pritchard held up a battered gas mask "
        "box and asked the Year 6 pupils to guess what was inside. Pritchard, who was eight when "
        "the Blitz began in 1940, spent many nights sheltering on the platform at Stockwell Tube "
        "station with her mother and younger brother. She remembers the smell of the platform and "
        "singing to drown out the noise above. The visit was part of a project in which children "
        "interview older relatives and neighbours about the Second World War and record their "
        "memories for a local archive. Her great-grandson, Ollie, 11, asked whether she had been "
        "scared. “All the time,” she said. “And then you get used to it, which is worse.” The "
        "pupils are writing a play based on the interviews, to be performed in the summer term. "
        "Pritchard has promised to attend, “if I'm still on my feet.”",
        "history",
    ),
    (
        "War bride who crossed the Atlantic in 1946 celebrates her 100th birthday",
        "Margaret Dunn, who sailed from Liverpool to Halifax in 1946 to join the Canadian soldier "
        "she had married during the war, celebrated her 100th birthday on Saturday with four "
        "generations of her family in Moncton, New Brunswick. She was one of about 48,000 war "
        "brides who came to Canada from Britain and Europe after the Second World War, most of "
        "them on ships specially arranged by the Canadian government. Dunn met her husband, "
        "Private Charles Dunn, at a dance in Aldershot in 1943. They were married for 61 years, "
        "until his death in 2006. She still has the ticket from the ship, the Aquitania, and the "
        "letter from the government welcoming her to her new country. “I was 21 and I had never "
        "seen snow like it,” she said. Her granddaughter read out a message from the prime "
        "minister, and the party ended with a cake shaped like a ship.",
        "history",
    ),
    (
        "A Hiroshima family opens a grandfather's letters for the first time",
        "The box had sat in a cupboard in the Tanaka family home in Hiroshima for decades. When "
        "Keiko Tanaka, 58, finally opened it last month, she found more than 40 letters her "
        "grandfather wrote to her grandmother from a naval base in 1944 and 1945, along with a "
        "photograph of the couple on their wedding day. Her grandfather survived the atomic "
        "bombing of the city but died of leukaemia in 1962, when her father was a boy. Tanaka has "
        "donated copies of the letters to the Hiroshima Peace Memorial Museum, which collects "
        "personal testimony as the number of survivors dwindles. The average age of the "
        "hibakusha is now over 85. “He writes about rice, about the weather, about missing her,” "
        "she said. “Almost nothing about war.” Her daughter, a university student, is "
        "transcribing the letters so the family's children can read the old handwriting.",
        "history",
    ),
    (
        "Fifty years after Saigon fell, a Vietnamese-American family returns to the house it left",
        "In April 1975, eight-year-old Tran Minh Chau left Saigon on a US helicopter with her "
        "mother and two brothers, carrying a single suitcase. This month, 50 years later, she "
        "returned to Ho Chi Minh City with her husband and three adult children to find the house "
        "in District 3 where she was born. It is now a café. The owner let the family sit in the "
        "room that used to be her parents' bedroom and served them iced coffee on the house. "
        "About 130,000 Vietnamese were evacuated to the United States in the weeks around the "
        "city's fall, and many more later fled by boat. Chau, a retired pharmacist from San Jose, "
        "said she had put off the trip for years. “My children wanted to see where the stories "
        "came from,” she said. “I wanted to see if I would cry. I did.” Her son filmed the visit "
        "for his own children.",
        "history",
    ),
    (
        "The mother who returns to Potočari every July",
        "Every July since 2003, Ramiza Hasanović has made the same journey from her flat in Tuzla "
        "to the memorial cemetery at Potočari, near Srebrenica, where her husband and two sons "
        "are buried. On Thursday, thousands of people gathered there again to mark the "
        "anniversary of the 1995 massacre, in which Bosnian Serb forces killed more than 8,000 "
        "Muslim men and boys. This year the remains of seven more victims, identified through DNA "
        "testing, were laid to rest. Ramiza, now 79, comes with her grandchildren, who were born "
        "long after the war. She says she wants them to know their grandfather's name and to "
        "hear it read aloud. The International Commission on Missing Persons says about 1,000 "
        "victims of the massacre are still missing. Many mothers of Srebrenica have died in "
        "recent years without finding their children. “While I live, I will come,” Ramiza said.",
        "history",
    ),
    (
        "Family evacuated as Second World War bomb found in back garden",
        "A family in Plymouth had to leave their home on Tuesday after a builder digging a "
        "foundation for a garden room uncovered an unexploded Second World War bomb. Police "
        "set up a 300-metre cordon and about 150 nearby homes were evacuated while a Royal Navy "
        "bomb disposal team examined the device, which they said was a German 500kg bomb dropped "
        "during the Plymouth Blitz of 1941. Residents spent the night in a leisure centre, where "
        "the city council provided camp beds. The bomb was taken by a military convoy to the sea "
        "and detonated offshore on Wednesday. The homeowner, Sue Yeoman, said she had planned the "
        "garden room as a quiet place to read. “It's the most exciting thing ever to happen in "
        "our street,” said her grandson, who is nine. Plymouth was one of the most heavily "
        "bombed cities in Britain, and such finds still happen every few years.",
        "history",
    ),
    (
        "'Peace babies': former FARC fighters raise children in Colombia's reintegration villages",
        "In the village of Agua Bonita in Caquetá, the playground was built by former guerrillas. "
        "Since the 2016 peace agreement between the Colombian government and the FARC, hundreds "
        "of children have been born to former fighters living in the territories set up for "
        "their return to civilian life, and residents call them the peace babies. During the war, "
        "female combatants were often forbidden to have children. Now the village has a "
        "nursery, a small school and a bakery run by a cooperative of former fighters. “I never "
        "imagined I would change nappies instead of carrying a rifle,” said Yaneth, 35, who "
        "joined the guerrillas at 16. Families say their biggest worries are land titles and "
        "money for their projects, which depend on state support under the accord. The UN "
        "verification mission in Colombia says most signatories remain committed to the process.",
        "peace",
    ),
    (
        "Korean families hope for reunions after leaders agree to resume meetings",
        "For Kim Soon-ok, 89, the news from the inter-Korean summit came down to one line: "
        "separated families would meet again. The leaders of North and South Korea agreed on "
        "Friday to hold reunions for families divided by the 1950-53 war, in time for the Chuseok "
        "holiday. Kim has not seen her younger brother since he was left in the North as a boy. "
        "More than 57,000 South Koreans are registered as waiting for a reunion, and most are over "
        "80, according to the unification ministry. Only a few hundred are chosen by lottery for "
        "each round of meetings, which are held at the Mount Kumgang resort in the North and last "
        "a few days. Kim's daughter has helped her write a letter in case they meet, with "
        "photographs of her children and grandchildren. “I want to tell him our mother waited for "
        "him,” Kim said. Red Cross officials from both sides will meet next month to arrange the "
        "details.",
        "peace",
    ),
    (
        "Picture book about a girl who flees her home with a suitcase wins children's prize",
        "A picture book about a young girl who leaves her home with her family and a single "
        "suitcase has won this year's Klaus Flugge Prize for the most exciting newcomer to "
        "children's book illustration. The judges praised the book's use of colour, which drains "
        "away as the family's journey begins and returns when the girl makes a friend in her new "
        "town. The author-illustrator, who came to Britain as a child, said she wanted to write a "
        "book that children could read on their own terms, without frightening images. Teachers "
        "have used the book in primary classrooms to talk about refugees, moving home and "
        "belonging. The war the family flees is never named. “Children understand loss,” the "
        "illustrator said at the ceremony in London. “They don't need the details to feel it.” "
        "The book has been translated into 12 languages.",
        "entertainment",
    ),
    (
        "Review: a wartime family drama that keeps the bombs off screen",
        "The new film from the Bosnian director is set in a single flat in Sarajevo during the "
        "siege of the 1990s, and almost all of its action takes place around a kitchen table. A "
        "mother, a father, a teenage son and a grandmother argue about whether to stay, ration "
        "the last of the coffee and celebrate a birthday with a cake made from rice. The shelling "
        "is heard but never seen, and the film is stronger for it. The performances are superb, "
        "particularly the grandmother's, whose jokes get sharper as the food runs out. Some "
        "viewers may find the film's slow pace hard going, but the final scene, in which the "
        "family listens to a radio in the dark, is devastating. It premiered at the Sarajevo "
        "Film Festival, where it won the audience award, and opens in British cinemas on Friday. "
        "Four stars.",
        "entertainment",
    ),
    (
        "Stage show about a military family's homecoming tours Australian schools",
        "A play about a boy whose father comes home from a long army deployment a different "
        "person is touring primary schools in Queensland and New South Wales this term. The show, "
        "written with input from Defence families, follows ten-year-old Sam as he tries to work "
        "out why his father no longer laughs at his jokes. Its creators say they wanted children "
        "from service families to see their experience on stage, and other children to "
        "understand it. After each performance, the cast leads a discussion and a counsellor from "
        "a veterans' family charity is on hand. Teachers say pupils ask surprisingly direct "
        "questions. “One girl asked if the dad would get better,” said the actor who plays the "
        "father. “We told her that with help, people do.” The tour is funded by a grant from the "
        "Department of Veterans' Affairs.",
        "entertainment",
    ),
]
