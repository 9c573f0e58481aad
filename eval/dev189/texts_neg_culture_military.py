"""dev189 hard negatives: films, series and plays about animals and war, and military animals
without violence (medals, parades, exercises, procurement)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Patron, Ukraine's mine-sniffing dog, gets his own cartoon series",
        "Patron, the Jack Russell terrier who became a national symbol in Ukraine for "
        "sniffing out explosives, is now the hero of an animated series that premiered on "
        "Ukrainian television on Sunday. In the first episode, the cartoon Patron teaches a "
        "group of children how to recognise dangerous objects in a park and what to do if "
        "they find one. The series, made by a studio in Kyiv with support from the State "
        "Emergency Service, is meant to teach children about mine safety in a playful way, "
        "its producers said. The real Patron, who belongs to a sapper in Chernihiv, appears "
        "on stamps, murals and children's T-shirts, and has greeted foreign leaders. "
        '"Children listen to Patron more than they listen to adults," one of the writers '
        "said. The producers said they had avoided showing explosions or frightening scenes. "
        "Ten episodes have been made, and the studio hopes to sell the series abroad. It will"
        " also be shown in schools and on YouTube.",
        "entertainment",
    ),
    (
        "War Horse gallops back to the National Theatre for its anniversary",
        "War Horse, the stage adaptation of Michael Morpurgo's novel about a Devon farm boy "
        "and the horse he follows to the trenches of the First World War, returned to the "
        "National Theatre in London this week to mark its anniversary. The life-size horse "
        "puppets, made of cane, leather and gauze and each operated by three puppeteers, drew"
        " gasps from the first-night audience. Critics praised the revival, with one calling "
        'the battle scene in the second act "as overwhelming as ever". The production has '
        "been seen by more than eight million people in 11 countries since it opened, and was"
        " adapted into a film by Steven Spielberg. Morpurgo, now in his eighties, attended "
        "the opening and said he had never imagined the story would travel so far. The run "
        "has been extended into the spring because of demand. The puppet workshop is also "
        "offering backstage tours.",
        "entertainment",
    ),
    (
        "Documentary charts Gorongosa's wildlife recovery after civil war",
        "A new documentary follows the rebirth of Mozambique's Gorongosa National Park, where"
        " elephants, lions and wild dogs have returned after the civil war that nearly "
        "emptied it of big animals. The film, which premiered at a festival in London on "
        "Friday, mixes archive footage of the war years with scenes of rangers, scientists "
        "and local schoolgirls tracking animals across the floodplains. Its central character"
        " is a young ecologist from a village on the park's edge who became one of the first "
        "Mozambican women to study lions. The directors spent three years filming and said "
        "they wanted to show that conservation could succeed where people had suffered. "
        "Reviewers praised the photography, though one critic said the film skated over "
        "tensions between the park and farmers. It will stream on a major platform from next "
        "month. The park's restoration project, launched in 2004, is often cited as one of "
        "Africa's most ambitious.",
        "entertainment",
    ),
    (
        "Zelensky decorates Patron, the mine-sniffing dog, during Trudeau visit",
        "Ukraine's president awarded a medal to Patron, the Jack Russell terrier who has "
        "helped sappers find explosives, at a ceremony in Kyiv on Sunday attended by Canadian"
        " Prime Minister Justin Trudeau. Patron, wearing his small protective vest, barked "
        "and wagged his tail as Volodymyr Zelensky handed the medal to his owner, a sapper "
        "with the State Emergency Service. Zelensky said the dog had helped clear mines and "
        "unexploded ammunition in Chernihiv Oblast after Russian troops withdrew from the "
        "region earlier this spring. The dog has been credited with finding more than 200 "
        "explosive devices and has become a star on Ukrainian social media. Trudeau laughed "
        "as Patron hopped around the stage, and later posted a photo with the dog. Zelensky "
        "also presented awards to deminers who had cleared thousands of explosive items. The "
        "two leaders then held talks on military aid and the reconstruction of towns outside "
        "Kyiv. Canada announced it would send more equipment to help with demining. Patron, "
        "who turned three this year, was given to his owner as a puppy and trained to sniff "
        "out explosives in the family's garden. He now has more followers on Instagram than "
        'many Ukrainian politicians, and his image is printed on postage stamps. "He does not'
        ' understand what a medal is, but he understands cheese," his owner told reporters. '
        "The dog was later taken to a nearby park to greet children who had come to see him.",
        "military",
    ),
    (
        "Navy dolphins and sea lions join NATO mine-hunting exercise in the Baltic",
        "Bottlenose dolphins and California sea lions trained by the US Navy have taken part "
        "in a NATO mine-hunting exercise in the Baltic Sea, locating practice mines laid on "
        "the seabed off the coast of Estonia, the alliance said. The animals, flown in from "
        "San Diego in special slings and water-filled containers, worked alongside divers, "
        "underwater drones and minehunters from nine countries over two weeks. Dolphins use "
        "echolocation to find objects buried in sediment that sonar can miss, and sea lions "
        "can mark them with a clamp attached to a line. The Navy has trained marine mammals "
        "since the 1960s and says it does not use them in combat. The exercise took place in "
        "waters still littered with mines from the two world wars, and Estonian divers "
        "destroyed several old mines found during the drills. Animal welfare groups have "
        "questioned whether the cold Baltic water is suitable for the animals. The Navy said "
        "a veterinary team travelled with them and they were kept in heated pens.",
        "military",
    ),
    (
        "BSF camel contingent and Army dogs march down Kartavya Path on Republic Day",
        "The Border Security Force's camel contingent, the only one of its kind in the world,"
        " and a squad of the Army's dogs marched down Kartavya Path on Republic Day on "
        "Friday, drawing loud cheers from spectators. The camels, decked in colourful saddles"
        " and ridden by turbaned soldiers, were followed by the BSF's camel-mounted band. For"
        " the first time, the Remount and Veterinary Corps fielded Labradors and Belgian "
        "Malinois trained in explosive detection and search and rescue, walking beside their "
        "handlers. The parade also featured tanks, missile systems and a fly-past by fighter "
        "jets and helicopters. Women made up a large share of the marching contingents this "
        "year, in line with the parade's theme. President Droupadi Murmu took the salute in "
        "the presence of the chief guest, the President of France. The BSF uses camels to "
        "patrol the desert border with Pakistan in Rajasthan. About 77,000 people watched the"
        " parade, officials said.",
        "military",
    ),
    (
        "Conan, the dog injured in the Baghdadi raid, visits the White House",
        "Conan, the military dog injured in the raid that killed Islamic State leader Abu "
        "Bakr al-Baghdadi last month, was honoured at the White House on Monday, where "
        'President Donald Trump called him "the ultimate fighter". The Belgian Malinois sat '
        "calmly beside the president in the Rose Garden as photographers jostled for "
        "pictures, and Trump presented the dog with a plaque and a medal. Officials said "
        "Conan had chased Baghdadi into a tunnel in northwestern Syria before he set off a "
        "suicide vest, and was hurt by exposed electrical cables. The dog has since returned "
        "to duty. Trump had earlier tweeted a doctored image showing himself placing a medal "
        "around Conan's neck. The name of the dog's handler has not been released, and "
        "Conan's sex has been the subject of conflicting statements from officials. Military "
        "dogs have served alongside US special operations forces in Iraq and Afghanistan for "
        "years. Vice President Mike Pence, who also attended, said Conan was a hero.",
        "military",
    ),
    (
        "Army to buy 400 mules and ponies for high-altitude border posts",
        "The Army plans to buy about 400 mules and Zanskar ponies for its animal transport "
        "units in Ladakh and Arunachal Pradesh, according to a tender issued by the Remount "
        "and Veterinary Corps this week. The animals will carry rations, fuel and ammunition "
        "to forward posts that cannot be reached by road, especially in winter when snow cuts"
        " off tracks. Despite the growing use of drones and all-terrain vehicles, officers "
        "say mules remain the most reliable way to supply posts above 4,000 metres. The "
        "tender asks for animals between three and five years old and of a minimum height, "
        "and requires suppliers to provide health certificates. The Army currently keeps "
        "several thousand mules, many of them bred at its depots in Uttar Pradesh and Punjab."
        " It has also been testing robotic mules, four-legged machines able to carry loads of"
        " up to 15 kilogrammes, at high-altitude locations. A defence official said animals "
        "and machines would complement each other for years to come. Deliveries are expected "
        "to begin next year.",
        "military",
    ),
]
